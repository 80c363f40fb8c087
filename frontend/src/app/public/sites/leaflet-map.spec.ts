import { ChangeDetectionStrategy, Component, ElementRef, effect, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { placePin, showGersMap } from './leaflet-map';
import { MAP_TILES } from './map-config';

/** A public map as the directory and the welcome villages draw theirs: one pin, its popup a link. */
@Component({
  template: `<div #map style="height: 20rem"></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PlaceMap {
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('map');
  readonly gersMap = showGersMap(this.canvas);

  constructor() {
    effect(() => {
      const loaded = this.gersMap.opened();
      if (loaded) {
        loaded.markers.addLayer(placePin(loaded.L, 43.646, 0.586, 'Tiers-lieu d’Auch', () => this.popup()));
      }
    });
  }

  private popup(): HTMLElement {
    const link = document.createElement('a');
    link.href = '/lieux/tiers-lieu-auch';
    link.textContent = 'Tiers-lieu d’Auch';
    return link;
  }
}

describe('the Gers map', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MAP_TILES, useValue: { tileUrl: 'data:,{z}-{x}-{y}', attribution: 'Tuiles de test' } }],
    });
  });

  async function opened() {
    const fixture = TestBed.createComponent(PlaceMap);
    await fixture.whenStable();
    for (let tries = 0; tries < 50 && !fixture.componentInstance.gersMap.opened(); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await fixture.whenStable();
    return { fixture, canvas: (fixture.nativeElement as HTMLElement).querySelector('div') as HTMLElement };
  }

  it('draws the tiles’ attribution and a pin named for screen readers, whose popup is built on opening', async () => {
    const { fixture, canvas } = await opened();

    expect(fixture.componentInstance.gersMap.failed()).toBe(false);
    expect(canvas.querySelector('.leaflet-control-attribution')?.textContent).toContain('Tuiles de test');
    const pin = canvas.querySelector('.site-marker') as HTMLElement;
    expect(pin.getAttribute('title')).toBe('Tiers-lieu d’Auch');
    expect(pin.getAttribute('role')).toBe('button');
    expect(canvas.querySelector('.leaflet-popup')).toBeNull();

    pin.click();
    expect(canvas.querySelector('.leaflet-popup a')?.getAttribute('href')).toBe('/lieux/tiers-lieu-auch');
  });

  it('goes with its component', async () => {
    const { fixture, canvas } = await opened();
    expect(canvas.querySelector('.leaflet-map-pane')).not.toBeNull();

    fixture.destroy();

    expect(canvas.querySelector('.leaflet-map-pane')).toBeNull();
  });
});
