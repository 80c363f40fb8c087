import { Pipe, PipeTransform } from '@angular/core';

/**
 * Formats a count in the reader's language ("22 428" in French, "22,428" in English).
 * The language is an argument, not injected, so the pipe stays pure and reruns only when it changes.
 */
@Pipe({ name: 'localeNumber' })
export class LocaleNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, language: string): string {
    return value === null || value === undefined ? '' : new Intl.NumberFormat(language).format(value);
  }
}
