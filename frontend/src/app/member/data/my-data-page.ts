import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { Session } from '../../core/auth/session';
import { downloadFile } from '../download-file';
import { DeleteAccountDialog, DeleteAccountDialogData } from './delete-account-dialog';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const EXPORT_FILE_NAME = 'mes-donnees-bastide.json';

/** "Mes données": a copy of everything Bastide holds about the member (GDPR access), and erasing the account. */
@Component({
  selector: 'bastide-my-data-page',
  imports: [ProblemMessagePipe, MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <div class="my-data">
      <h1>{{ 'myData.title' | translate }}</h1>
      <p>{{ 'myData.intro' | translate }}</p>

      <section class="my-data__section" aria-labelledby="my-data-export-title">
        <h2 id="my-data-export-title">{{ 'myData.export.title' | translate }}</h2>
        <p>{{ 'myData.export.intro' | translate: { fileName: exportFileName } }}</p>
        <div class="my-data__problem" role="alert">
          @if (exportProblem(); as problem) {
            <p>{{ problem | problemMessage: ('myData.export.failed' | translate) }}</p>
          }
        </div>
        <p role="status" class="my-data__status">
          @if (exported()) {
            {{ 'myData.export.done' | translate: { fileName: exportFileName } }}
          }
        </p>
        <button mat-flat-button type="button" [disabled]="exporting()" (click)="export()">
          {{ 'myData.export.submit' | translate }}
        </button>
      </section>

      <section class="my-data__section" aria-labelledby="my-data-delete-title">
        <h2 id="my-data-delete-title">{{ 'myData.delete.title' | translate }}</h2>
        <p>{{ 'myData.delete.intro' | translate }}</p>
        <p>{{ 'myData.delete.advice' | translate }}</p>
        <button mat-stroked-button type="button" class="my-data__delete" (click)="askToDelete()">
          {{ 'myData.delete.open' | translate }}
        </button>
      </section>

      <p class="my-data__back">
        <a routerLink="/mon-espace">{{ 'memberPages.backToMemberArea' | translate }}</a>
      </p>
    </div>
  `,
  styles: `
    .my-data {
      max-width: 40rem;
    }

    .my-data__section {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }

    .my-data__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .my-data__problem p {
      margin: 0;
    }

    .my-data__status:empty {
      display: none;
    }

    .my-data__delete {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
      --mat-button-outlined-outline-color: var(--mat-sys-error);
    }

    .my-data__back {
      margin-top: 2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDataPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  protected readonly exportFileName = EXPORT_FILE_NAME;
  protected readonly exporting = signal(false);
  protected readonly exported = signal(false);
  protected readonly exportProblem = signal<ApiProblem | null>(null);

  protected export(): void {
    this.exporting.set(true);
    this.exported.set(false);
    this.exportProblem.set(null);
    this.api.exportPersonalData().subscribe({
      next: (data) => {
        downloadFile(this.document, EXPORT_FILE_NAME, JSON.stringify(data, null, 2) + '\n', 'application/json');
        this.exporting.set(false);
        this.exported.set(true);
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.exportProblem.set(asApiProblem(error));
      },
    });
  }

  protected askToDelete(): void {
    const email = this.session.user()?.email;
    if (!email) {
      return;
    }
    this.dialog
      .open<DeleteAccountDialog, DeleteAccountDialogData, boolean>(DeleteAccountDialog, {
        data: { email },
        width: '32rem',
        maxWidth: 'calc(100vw - 2rem)',
        ariaModal: true,
      })
      .afterClosed()
      .subscribe((deleted) => {
        if (!deleted) {
          return;
        }
        // The account and its sessions are gone on the server: nothing is left to sign out of.
        this.session.end();
        void this.router.navigateByUrl('/').then(() =>
          this.snackBar.open(
            this.translate.instant('myData.delete.goodbye'),
            this.translate.instant('myData.delete.close'),
            {
              politeness: 'polite',
            },
          ),
        );
      });
  }
}
