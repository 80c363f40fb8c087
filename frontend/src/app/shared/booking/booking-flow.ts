import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi, newIdempotencyKey } from '../../core/api/booking-api';
import { BookingView, CreateBookingRequest } from '../../core/api/booking.types';
import { Confirmer } from '../ui/confirm-dialog';

/** What the reader is about to book, in words for the confirmation. */
export interface BookingSummary {
  site: string;
  /** The resource's name, or "the first free desk". */
  resource: string;
  /** Long local date: "mardi 1 décembre 2026". */
  date: string;
  /** "08:30" … "13:00". */
  start: string;
  end: string;
  /** Booking for someone else: their name. */
  member?: string;
}

export type BookingOutcome =
  { kind: 'booked'; booking: BookingView } | { kind: 'failed'; problem: ApiProblem } | { kind: 'dismissed' };

/**
 * The second click of "book in two clicks": a modal confirmation that says exactly what will be booked,
 * then the booking. The key is made once per confirmation, so a retried request books once.
 */
@Injectable({ providedIn: 'root' })
export class BookingFlow {
  private readonly confirmer = inject(Confirmer);
  private readonly api = inject(BookingApi);

  /** `messageKey` words the confirmation; its parameters are the summary's. */
  confirmAndBook(
    request: CreateBookingRequest,
    summary: BookingSummary,
    messageKey = 'booking.confirm.message',
  ): Observable<BookingOutcome> {
    return this.confirmer
      .confirm({
        titleKey: 'booking.confirm.title',
        messageKey,
        confirmKey: 'booking.confirm.action',
        params: { ...summary },
      })
      .pipe(
        switchMap((confirmed): Observable<BookingOutcome> => {
          if (!confirmed) {
            return of({ kind: 'dismissed' });
          }
          return this.api.book(request, newIdempotencyKey()).pipe(
            map((booking): BookingOutcome => ({ kind: 'booked', booking })),
            catchError((error: unknown) => of<BookingOutcome>({ kind: 'failed', problem: asApiProblem(error) })),
          );
        }),
      );
  }
}
