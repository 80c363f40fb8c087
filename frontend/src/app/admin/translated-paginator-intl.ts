import { Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The paginator's words and its "1 – 20 of 143", in the reader's language, following a switch at once. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.translateLabels();
    this.translate.onLangChange.subscribe(() => this.translateLabels());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return this.translate.instant('admin.paginator.empty');
    }
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('admin.paginator.range', { from, to, total: length });
  };

  private translateLabels(): void {
    this.itemsPerPageLabel = this.translate.instant('admin.paginator.itemsPerPage');
    this.nextPageLabel = this.translate.instant('admin.paginator.next');
    this.previousPageLabel = this.translate.instant('admin.paginator.previous');
    this.firstPageLabel = this.translate.instant('admin.paginator.first');
    this.lastPageLabel = this.translate.instant('admin.paginator.last');
    this.changes.next();
  }
}
