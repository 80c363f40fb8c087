import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { resolveJwtSecret } from '../identity/jwt-secret';

/** What an unsubscribe link stops: one site's announcements, or every community mail. */
export type UnsubscribeScope = 'site' | 'all';

export interface UnsubscribeGrant {
  userId: string;
  /** The site whose announcement carried the link (for `all` too: the page names it). */
  siteId: string;
  scope: UnsubscribeScope;
}

export interface UnsubscribeLinks {
  site: string;
  all: string;
  oneClick: string;
}

const SCOPE_BYTES: Record<UnsubscribeScope, number> = { site: 1, all: 2 };
const MAC_BYTES = 16;
const TOKEN_BYTES = 16 + 16 + 1 + MAC_BYTES;

function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Unsubscribe links that need no sign-in (RFC 8058 one-click): the token carries the member, the site and
 * the scope, and an HMAC of the three under a key derived from the signing secret, so nobody can forge one
 * for another member or widen its scope. 66 URL-safe characters; it never expires (an old mail's link must
 * still work) and stops working only if `JWT_SECRET` changes.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;
  private readonly publicUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicUrl = config.publicUrl;
    // A key of its own, so that no token of another kind can pass for an unsubscribe link.
    this.key = createHmac('sha256', resolveJwtSecret(config)).update('bastide community unsubscribe v1').digest();
  }

  sign(grant: UnsubscribeGrant): string {
    const body = Buffer.concat([
      uuidBytes(grant.userId),
      uuidBytes(grant.siteId),
      Buffer.from([SCOPE_BYTES[grant.scope]]),
    ]);
    return Buffer.concat([body, this.mac(body)]).toString('base64url');
  }

  /**
   * The addresses an announcement carries: the web app's confirmation page for this site and for every
   * community mail (the links in the text), and the API's one-click address (`List-Unsubscribe`).
   */
  links(userId: string, siteId: string): UnsubscribeLinks {
    const site = this.sign({ userId, siteId, scope: 'site' });
    const all = this.sign({ userId, siteId, scope: 'all' });
    return {
      site: `${this.publicUrl}/desabonnement/${site}`,
      all: `${this.publicUrl}/desabonnement/${all}`,
      oneClick: `${this.publicUrl}/api/v1/unsubscribe/${site}`,
    };
  }

  /** The grant a genuine token carries, or undefined for anything else. */
  verify(token: string): UnsubscribeGrant | undefined {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(token)) return undefined;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length !== TOKEN_BYTES) return undefined;
    const body = bytes.subarray(0, TOKEN_BYTES - MAC_BYTES);
    if (!timingSafeEqual(bytes.subarray(TOKEN_BYTES - MAC_BYTES), this.mac(body))) return undefined;
    const scope = (Object.keys(SCOPE_BYTES) as UnsubscribeScope[]).find((s) => SCOPE_BYTES[s] === body[32]);
    if (!scope) return undefined;
    return { userId: uuidOf(body.subarray(0, 16)), siteId: uuidOf(body.subarray(16, 32)), scope };
  }

  private mac(body: Buffer): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }
}
