import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { LayerGroup, Map as LeafletMap } from 'leaflet';
import { WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { GersMap, Leaflet, openGersMap } from '../sites/leaflet-map';
import { MAP_TILES } from '../sites/map-config';

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
  private readonly tiles = inject(MAP_TILES);
  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('map');

  readonly villages = input.required<readonly WelcomeVillageView[]>();
  private readonly placed = computed(() =>
    this.villages().filter(
      (village): village is PlacedVillage => village.latitude !== null && village.longitude !== null,
    ),
  );

  protected readonly failed = signal(false);
  private readonly leaflet = signal<GersMap | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      openGersMap(this.canvas().nativeElement, this.tiles, destroyRef)
        .then((opened) => {
          if (opened) {
            this.leaflet.set(opened);
          }
        })
        .catch(() => this.failed.set(true));
    });
    effect(() => {
      const loaded = this.leaflet();
      if (loaded) {
        this.showVillages(loaded.L, loaded.map, loaded.markers, this.placed());
      }
    });
  }

  private showVillages(L: Leaflet, map: LeafletMap, markers: LayerGroup, villages: readonly PlacedVillage[]): void {
    markers.clearLayers();
    for (const village of villages) {
      const marker = L.marker([village.latitude, village.longitude], {
        // The title names the marker for screen readers (Leaflet makes it a keyboard-reachable button).
        title: village.communeName,
        alt: village.communeName,
        icon: L.divIcon({ className: 'site-marker', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -8] }),
      });
      marker.bindPopup(() => this.popupOf(village));
      markers.addLayer(marker);
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
