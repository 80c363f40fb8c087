import { Forbidden } from '../../common/problem/domain-error';

/** A host asked for a site they do not host, or a member for a report. */
export class ReportForbidden extends Forbidden {
  constructor(detail = 'Reports cover the sites you host; this one is not among them.') {
    super(detail);
  }
}
