import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { GersMap, placePin, showGersMap } from '../sites/leaflet-map';

/** A village placed on the map: officers give the position, the reference communes have none. */
type PlacedVillage = WelcomeVillageView & { latitude: number; longitude: number };

/** The element id of a village in the list, which the map's popups lead to. */
export function villageAnchor(village: Pick<WelcomeVillageView, 'communeCode'>): string {
  return `village-${village.communeCode}`;
}

/**
 * The welcome villages on a map, with the sites directory's Leaflet set-up. Supplementary: each popup leads to
 * the village in the list, which carries everything the map shows (and the villages not placed yet).
 */
@Component({
  selector: 'bastide-welcome-villages-map',
  imports: [TranslatePipe],
  template: `
    <section class="villages-map" aria-labelledby="villages-map-title">
      <h2 id="villages-map-title" class="visually-hidden">{{ 'welcomeVillages.public.map.title' | translate }}</h2>
      <p class="visually-hidden">{{ 'welcomeVillages.public.map.supplementary' | translate }}</p>
      <div
        #map
        class="villages-map__canvas"
        role="region"
        [attr.aria-label]="'welcomeVillages.public.map.label' | translate"
      ></div>
      @if (failed()) {
        <p>{{ 'welcomeVillages.public.map.failed' | translate }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }

    .villages-map__canvas {
      height: 28rem;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomeVillagesMap {
  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('map');

  readonly villages = input.required<readonly WelcomeVillageView[]>();
  private readonly placed = computed(() =>
    this.villages().filter(
      (village): village is PlacedVillage => village.latitude !== null && village.longitude !== null,
    ),
  );

  private readonly gersMap = showGersMap(this.canvas);
  protected readonly failed = this.gersMap.failed;

  constructor() {
    effect(() => {
      const loaded = this.gersMap.opened();
      if (loaded) {
        this.showVillages(loaded, this.placed());
      }
    });
  }

  private showVillages({ L, map, markers }: GersMap, villages: readonly PlacedVillage[]): void {
    markers.clearLayers();
    for (const village of villages) {
      markers.addLayer(
        placePin(L, village.latitude, village.longitude, village.communeName, () => this.popupOf(village)),
      );
    }
    if (villages.length > 0) {
      map.fitBounds(
        L.latLngBounds(villages.map((village) => [village.latitude, village.longitude] as [number, number])),
        {
          padding: [32, 32],
          maxZoom: 12,
          animate: false,
        },
      );
    }
  }

  /** Built from elements, not HTML text, so a village's words can never inject markup. */
  private popupOf(village: WelcomeVillageView): HTMLElement {
    const popup = document.createElement('div');
    const link = document.createElement('a');
    const anchor = villageAnchor(village);
    link.href = `#${anchor}`;
    link.textContent = village.communeName;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const entry = document.getElementById(anchor);
      entry?.scrollIntoView({ block: 'start' });
      entry?.focus();
    });
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = this.translate.instant('welcomeVillages.public.map.showInList') as string;
    link.append(hint);
    const offers = document.createElement('p');
    offers.textContent = village.offers
      .map((offer) => this.translate.instant(`welcomeVillages.offers.${offer}`) as string)
      .join(' · ');
    popup.append(link, offers);
    return popup;
  }
}
