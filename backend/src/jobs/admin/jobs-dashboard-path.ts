/** Where the BullMQ dashboard is served (outside `/api/v1`: it is bull-board's own app, not our API). */
export const JOBS_DASHBOARD_PATH = '/api/admin/queues';
