import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { SiteView } from '../../core/api/sites.types';
import { GersMap, placePin, showGersMap } from './leaflet-map';

/**
 * The sites on a map. Supplementary: the list beside it carries the same information, so the page
 * works without tiles (offline, blocked) and for readers who cannot use a map. Leaflet is loaded only
 * when the map is shown, so the rest of the application does not carry its weight.
 */
@Component({
  selector: 'bastide-sites-map',
  imports: [TranslatePipe],
  template: `
    <section class="sites-map" aria-labelledby="sites-map-title">
      <h2 id="sites-map-title" class="visually-hidden">{{ 'sites.map.title' | translate }}</h2>
      <p class="visually-hidden">{{ 'sites.map.supplementary' | translate }}</p>
      <div #map class="sites-map__canvas" role="region" [attr.aria-label]="'sites.map.label' | translate"></div>
      @if (failed()) {
        <p class="sites-map__failed">{{ 'sites.map.failed' | translate }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }

    .sites-map__canvas {
      height: 28rem;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SitesMap {
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('map');

  readonly sites = input.required<readonly SiteView[]>();

  private readonly gersMap = showGersMap(this.canvas);
  protected readonly failed = this.gersMap.failed;

  constructor() {
    effect(() => {
      const loaded = this.gersMap.opened();
      if (loaded) {
        this.showSites(loaded, this.sites());
      }
    });
  }

  private showSites({ L, map, markers }: GersMap, sites: readonly SiteView[]): void {
    markers.clearLayers();
    for (const site of sites) {
      markers.addLayer(placePin(L, site.latitude, site.longitude, site.name, () => this.popupOf(site)));
    }
    if (sites.length > 0) {
      map.fitBounds(L.latLngBounds(sites.map((site) => [site.latitude, site.longitude] as [number, number])), {
        padding: [32, 32],
        maxZoom: 13,
      });
    }
  }

  /** Built from elements, not HTML text, so a site's name can never inject markup. */
  private popupOf(site: SiteView): HTMLElement {
    const popup = document.createElement('div');
    const link = document.createElement('a');
    link.href = `/lieux/${encodeURIComponent(site.slug)}`;
    link.textContent = site.name;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void this.router.navigate(['/lieux', site.slug]);
    });
    const place = document.createElement('p');
    place.textContent = site.communeName;
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = this.translate.instant('sites.map.openPage') as string;
    link.append(hint);
    popup.append(link, place);
    return popup;
  }
}
