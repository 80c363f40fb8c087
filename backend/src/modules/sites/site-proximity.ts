import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A point on the map, in degrees (WGS 84). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A published site and how far it lies from a point, as the crow flies. */
export interface NearbySite {
  id: string;
  name: string;
  slug: string;
  communeCode: string;
  communeName: string;
  epciCode: string | null;
  distanceKm: number;
}

/** The mean Earth radius of the haversine formula, in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle distance between two points, in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The same haversine in SQL, over `s.latitude`/`s.longitude` and the point in `$1`, `$2`. */
const DISTANCE_SQL = `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
  power(sin(radians(s.latitude - $1) / 2), 2)
  + cos(radians($1)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - $2) / 2), 2))))`;

/**
 * Where the network's sites lie, for modules that suggest places near someone (the newcomers' files). The
 * reference communes carry no coordinates (the etalab package has none), so a commune or an EPCI is placed
 * at the mean position of the sites it holds, which are placed by their address.
 */
@Injectable()
export class SiteProximity {
  constructor(private readonly dataSource: DataSource) {}

  /** The published sites nearest a point, nearest first (name, then id, between equals). */
  async nearest(point: GeoPoint, limit: number): Promise<{ items: NearbySite[]; total: number }> {
    const rows: (Omit<NearbySite, 'distanceKm'> & { distance_km: number; total: number })[] =
      await this.dataSource.query(
        `SELECT s.id, s.name, s.slug, s.commune_code AS "communeCode", c.name AS "communeName",
                s.epci_code AS "epciCode", ${DISTANCE_SQL} AS distance_km, count(*) OVER ()::int AS total
         FROM sites s JOIN communes c ON c.code = s.commune_code
         WHERE s.status = 'published'
         ORDER BY distance_km, s.name, s.id
         LIMIT $3`,
        [point.latitude, point.longitude, limit],
      );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map(({ distance_km, total: _total, ...site }) => ({
        ...site,
        distanceKm: Math.round(distance_km * 10) / 10,
      })),
    };
  }

  /** The mean position of the published sites in a commune, or undefined when it has none. */
  placeOfCommune(code: string): Promise<GeoPoint | undefined> {
    return this.meanPosition(`s.commune_code = $1`, code);
  }

  /** The mean position of the published sites in an EPCI, or undefined when it has none. */
  placeOfEpci(code: string): Promise<GeoPoint | undefined> {
    return this.meanPosition(`s.epci_code = $1`, code);
  }

  private async meanPosition(where: string, code: string): Promise<GeoPoint | undefined> {
    const [row]: { latitude: number | null; longitude: number | null }[] = await this.dataSource.query(
      `SELECT avg(s.latitude) AS latitude, avg(s.longitude) AS longitude FROM sites s
       WHERE ${where} AND s.status = 'published'`,
      [code],
    );
    return row?.latitude == null ? undefined : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
  }
}
