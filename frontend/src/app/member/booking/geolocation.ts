import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

export interface Position {
  latitude: number;
  longitude: number;
}

/** Why the browser gave no position: the reader said no, or it could not find one (or has no such service). */
export type PositionFailure = 'refused' | 'unavailable';

/** The reader's position, asked of the browser once per request; a refusal is an answer, not an error. */
@Injectable({ providedIn: 'root' })
export class Geolocator {
  private readonly document = inject(DOCUMENT);

  locate(): Promise<Position> {
    const geolocation = this.document.defaultView?.navigator.geolocation;
    if (!geolocation) {
      return Promise.reject<Position>('unavailable' satisfies PositionFailure);
    }
    return new Promise((resolve, reject) =>
      geolocation.getCurrentPosition(
        ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
        (error) =>
          reject((error.code === error.PERMISSION_DENIED ? 'refused' : 'unavailable') satisfies PositionFailure),
        // A town-level fix is enough to sort tiers-lieux, and it comes faster than a GPS one.
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
      ),
    );
  }
}

const EARTH_RADIUS_KM = 6371;

/** As the crow flies (haversine): enough to sort sites a few dozen kilometres apart. */
export function distanceKm(from: Position, to: Position): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
