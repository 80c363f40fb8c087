import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CommuneFinder } from '../territory/commune-finder';
import { EpciDirectory } from '../territory/epci-directory';
import { GersEpcis } from '../territory/gers-epcis';

/** The public front door: what the network is, and the territory it covers, from the API. */
@Component({
  selector: 'bastide-home-page',
  imports: [TranslatePipe, EpciDirectory, CommuneFinder],
  providers: [GersEpcis],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly communeFinder = viewChild.required(CommuneFinder);

  /** `?epci=` in the address, so a filtered list can be bookmarked and shared. */
  readonly epci = input<string | undefined>();

  protected chooseEpci(code: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { epci: code },
      queryParamsHandling: 'merge',
    });
  }

  protected showCommunesOf(code: string): void {
    this.chooseEpci(code);
    this.communeFinder().revealResults();
  }
}
