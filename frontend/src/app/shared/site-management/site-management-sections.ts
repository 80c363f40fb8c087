import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { SiteDetailView } from '../../core/api/sites.types';
import { SiteBookingSettingsForm } from './site-booking-settings-form';
import { SiteClosuresPanel } from './site-closures-panel';
import { SiteDescriptionForm } from './site-description-form';
import { SiteHoursForm } from './site-hours-form';
import { SiteResourcesPanel } from './site-resources-panel';

/** What a host and a network officer both manage about a site, in the order a host goes through it. */
@Component({
  selector: 'bastide-site-management-sections',
  imports: [SiteBookingSettingsForm, SiteClosuresPanel, SiteDescriptionForm, SiteHoursForm, SiteResourcesPanel],
  template: `
    <bastide-site-hours-form [site]="site()" (changed)="changed.emit($event)" />
    <bastide-site-closures-panel [site]="site()" />
    <bastide-site-resources-panel [site]="site()" />
    <bastide-site-booking-settings-form [site]="site()" (changed)="changed.emit($event)" />
    <bastide-site-description-form [site]="site()" (changed)="changed.emit($event)" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteManagementSections {
  readonly site = input.required<SiteDetailView>();
  readonly changed = output<SiteDetailView>();
}
