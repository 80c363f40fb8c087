import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { GersMap, showGersMap } from '../../public/sites/leaflet-map';
import { formatPercent, occupancyShade } from './report-format';

/** A site placed on the map with its occupancy for the period. */
export interface SiteOccupancy {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  occupancyRate: number | null;
}

/**
 * The sites on a map, each a badge shaded by its occupancy and saying the rate. Supplementary: the table of
 * occupancy by site carries the same figures, and the badges are readable on a blank map, so the map
 * still tells something when the tiles cannot load (offline, blocked). Leaflet is set up as on the
 * public directory, loaded only when the map is shown.
 */
@Component({
  selector: 'bastide-occupancy-map',
  imports: [TranslatePipe],
  template: `
    <div #map class="occupancy-map" role="region" [attr.aria-label]="'reports.map.label' | translate"></div>
    @if (failed()) {
      <p>{{ 'reports.map.failed' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .occupancy-map {
      height: 26rem;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OccupancyMap {
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('map');

  readonly sites = input.required<readonly SiteOccupancy[]>();
  readonly language = input.required<string>();

  private readonly gersMap = showGersMap(this.canvas);
  protected readonly failed = this.gersMap.failed;
  /** The second fit waiting for the next frame: cancelled on leaving, when the map is already removed. */
  private pendingFit = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => cancelAnimationFrame(this.pendingFit));
    effect(() => {
      const loaded = this.gersMap.opened();
      if (loaded) {
        this.showSites(loaded, this.sites(), this.language());
      }
    });
  }

  private showSites({ L, map, markers }: GersMap, sites: readonly SiteOccupancy[], language: string): void {
    markers.clearLayers();
    for (const site of sites) {
      const rate = formatPercent(site.occupancyRate, language, 0);
      const shade = occupancyShade(site.occupancyRate);
      const badge = document.createElement('span');
      // Styled here: Leaflet builds the marker outside the component's encapsulated styles.
      Object.assign(badge.style, {
        display: 'inline-block',
        minWidth: '3rem',
        padding: '0.25rem 0.375rem',
        borderRadius: '999px',
        border: '2px solid #1b1b1b',
        backgroundColor: shade.background,
        color: shade.text,
        font: '700 0.875rem/1 system-ui, sans-serif',
        textAlign: 'center',
        boxShadow: '0 1px 4px rgb(0 0 0 / 40%)',
      });
      badge.textContent = rate;
      const marker = L.marker([site.latitude, site.longitude], {
        // Leaflet makes the marker a keyboard-reachable button named by its title.
        title: `${site.name}${language === 'fr' ? ' : ' : ': '}${rate}`,
        alt: `${site.name}${language === 'fr' ? ' : ' : ': '}${rate}`,
        icon: L.divIcon({ className: 'occupancy-marker', html: badge, iconSize: [56, 26], iconAnchor: [28, 13] }),
      });
      // The name beside the badge, given as an element with text so a site's name can never inject markup.
      const name = document.createElement('span');
      name.textContent = site.name;
      marker.bindTooltip(name, { direction: 'right', offset: [26, 0], permanent: true });
      markers.addLayer(marker);
    }
    if (sites.length > 0) {
      const bounds = L.latLngBounds(sites.map((site) => [site.latitude, site.longitude] as [number, number]));
      const fit = () => {
        map.invalidateSize({ pan: false });
        map.fitBounds(bounds, { padding: [48, 48], maxZoom: 11, animate: false });
      };
      fit();
      // Again once the page around has been laid out: panels above still loading move and resize it.
      cancelAnimationFrame(this.pendingFit);
      this.pendingFit = requestAnimationFrame(fit);
    }
  }
}
