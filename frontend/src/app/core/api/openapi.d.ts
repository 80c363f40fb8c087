// Generated from the backend OpenAPI document by `npm run api:types`. Do not edit.

export interface paths {
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobsAdmin_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JobsAdmin_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JobsAdmin_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/dashboard-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JobsAdmin_openDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format)
         * @description Needs `Authorization: Bearer <METRICS_TOKEN>`. Request latency by route, bookings and registrations made, outbox backlog, BullMQ queue depth (absent without Redis), mails sent and failed: see docs/monitoring.md.
         */
        get: operations["Metrics_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territory/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Territory_communes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territory/epcis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Territory_epcis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationPreferences_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["NotificationPreferences_update"];
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_get"];
        put?: never;
        post?: never;
        delete: operations["Me_erase"];
        options?: never;
        head?: never;
        patch: operations["Me_update"];
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Me_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Me_changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TwoFactor_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Sites_list"];
        put?: never;
        post: operations["Sites_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Sites_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Sites_update"];
        trace?: never;
    };
    "/api/v1/sites/{siteId}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SiteClosures_list"];
        put?: never;
        post: operations["SiteClosures_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}/closures/{closureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["SiteClosures_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Resources_list"];
        put?: never;
        post: operations["Resources_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Resources_remove"];
        options?: never;
        head?: never;
        patch: operations["Resources_update"];
        trace?: never;
    };
    "/api/v1/sites/{siteId}/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SiteHosts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}/hosts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["SiteHosts_appoint"];
        post?: never;
        delete: operations["SiteHosts_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Bookings_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Bookings_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Bookings_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Bookings_forSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Bookings_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Bookings_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Bookings_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/booking-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BookingSeries_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/booking-series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["BookingSeries_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/booking-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BookingSeries_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Waitlist_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Waitlist_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Waitlist_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Waitlist_forSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SiteMembers_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Events_list"];
        put?: never;
        post: operations["Events_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Events_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Events_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Events_update"];
        trace?: never;
    };
    "/api/v1/events/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Events_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Events_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Events_duplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventRegistrations_list"];
        put?: never;
        post: operations["EventRegistrations_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["EventRegistrations_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventRegistrations_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/{registrationId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventRegistrations_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/event-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventRegistrations_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventSeries_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventSeries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-series/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventSeries_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/directory-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_myProfile"];
        put: operations["Directory_saveMyProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Directory_skills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Announcements_history"];
        put?: never;
        post: operations["Announcements_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{siteId}/announcements/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Announcements_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Unsubscribe_describe"];
        put?: never;
        post: operations["Unsubscribe_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/unsubscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Unsubscribe_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/unsubscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Unsubscribe_resubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Calendars_siteEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Calendars_feed"];
        put?: never;
        post: operations["Calendars_renew"];
        delete: operations["Calendars_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Calendars_memberFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/welcome-villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WelcomeVillages_list"];
        put?: never;
        post: operations["WelcomeVillages_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/welcome-villages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WelcomeVillages_get"];
        put?: never;
        post?: never;
        delete: operations["WelcomeVillages_remove"];
        options?: never;
        head?: never;
        patch: operations["WelcomeVillages_update"];
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_find"];
        put?: never;
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Organizations_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Organizations_attach"];
        post?: never;
        delete: operations["Organizations_detach"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_list"];
        put?: never;
        post: operations["Plans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["Plans_grant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_listFor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Plans_myQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_occupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/telework-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_teleworkDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/newcomers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_newcomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newcomers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Newcomers_find"];
        put?: never;
        post: operations["Newcomers_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newcomers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Newcomers_get"];
        put?: never;
        post?: never;
        delete: operations["Newcomers_erase"];
        options?: never;
        head?: never;
        patch: operations["Newcomers_update"];
        trace?: never;
    };
    "/api/v1/newcomers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Newcomers_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newcomers/{id}/suggested-sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrialDays_suggestedSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newcomers/{id}/trial-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrialDays_list"];
        put?: never;
        post: operations["TrialDays_offer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newcomers/{id}/trial-days/{trialDayId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TrialDays_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial-day-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrialDays_invitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trial-day-invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TrialDays_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Legal_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        JobView: {
            /** Format: uuid */
            id: string;
            /**
             * @example booking.confirmed
             * @enum {string}
             */
            kind: "identity.welcome" | "identity.password-reset" | "identity.email-change" | "booking.confirmed" | "booking.cancelled" | "booking.reminder" | "waitlist.promote" | "booking.waitlist-promoted" | "booking.no-show-release" | "booking.no-show-released" | "event.cancelled" | "event.changed" | "event.promoted" | "event.registered" | "event.waitlisted" | "event.reminder" | "community.announcement" | "host.daily-sheet" | "reporting.monthly-summary" | "newcomer.acknowledgement" | "newcomer.next-action-reminder" | "newcomer.trial-day-invitation";
            /**
             * @description Deterministic key, also the BullMQ job id
             * @example booking-confirmed-5f0c…
             */
            key: string;
            /** @description Ids only (`{ bookingId }`): what the handler reloads */
            payload: {
                [key: string]: string;
            };
            /** @enum {string} */
            state: "failed" | "pending" | "scheduled" | "sent";
            /** @example 2026-12-01T18:00:00+01:00 */
            dueAt: string;
            /** @description Tries made so far */
            attempts: number;
            /** @description Tries before the message is marked failed */
            maxAttempts: number;
            /** @description The last failure, e-mail addresses masked */
            lastError: string | null;
            failedAt: string | null;
            sentAt: string | null;
            /** @enum {string|null} */
            outcome: "sent" | "skipped" | null;
            createdAt: string;
        };
        JobPage: {
            items: components["schemas"]["JobView"][];
            total: number;
        };
        JobStateCounts: {
            failed: number;
            pending: number;
            scheduled: number;
            sent: number;
        };
        FailedKindCount: {
            /** @enum {string} */
            kind: "identity.welcome" | "identity.password-reset" | "identity.email-change" | "booking.confirmed" | "booking.cancelled" | "booking.reminder" | "waitlist.promote" | "booking.waitlist-promoted" | "booking.no-show-release" | "booking.no-show-released" | "event.cancelled" | "event.changed" | "event.promoted" | "event.registered" | "event.waitlisted" | "event.reminder" | "community.announcement" | "host.daily-sheet" | "reporting.monthly-summary" | "newcomer.acknowledgement" | "newcomer.next-action-reminder" | "newcomer.trial-day-invitation";
            count: number;
        };
        JobsSummary: {
            counts: components["schemas"]["JobStateCounts"];
            /** @description Failed messages per kind, most first */
            failedByKind: components["schemas"]["FailedKindCount"][];
            /** @description When the oldest pending message fell due (null when none is pending) */
            oldestPendingDueAt: string | null;
            /** @description How long it has waited, in seconds */
            oldestPendingAgeSeconds: number | null;
            /**
             * @description BullMQ on Redis (`REDIS_URL` set), or the in-process runner
             * @enum {string}
             */
            transport: "bullmq" | "in_process";
            /**
             * @description Where the BullMQ dashboard is served (after `POST /admin/jobs/dashboard-session`); null without Redis
             * @example /api/admin/queues
             */
            dashboardPath: string | null;
        };
        LivenessView: {
            /** @example ok */
            status: string;
        };
        DependencyStates: {
            /** @enum {string} */
            database: "up" | "down";
            /**
             * @description Down is degraded: bookings go on, the outbox waits
             * @enum {string}
             */
            redis: "up" | "degraded" | "not_configured";
            /**
             * @description Down is degraded: mails wait in the outbox and are retried. Not configured: mails go to files
             * @enum {string}
             */
            smtp: "up" | "degraded" | "not_configured";
        };
        ReadinessView: {
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            dependencies: components["schemas"]["DependencyStates"];
        };
        AuditEntryView: {
            /** Format: uuid */
            id: string;
            /** @example 2026-12-01T08:00:00Z */
            at: string;
            /** Format: uuid */
            actorId: string;
            /** @enum {string} */
            actorRole: "member" | "host" | "admin";
            /** @example site.host.appoint */
            action: string;
            /** @example site */
            subjectType: string;
            subjectId: string;
            details: {
                [key: string]: unknown;
            };
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryView"][];
            total: number;
        };
        CommuneView: {
            /**
             * @description INSEE code
             * @example 32013
             */
            code: string;
            /** @example Auch */
            name: string;
            /**
             * @example [
             *       "32000"
             *     ]
             */
            postalCodes: string[];
            /** @example 200066926 */
            epciCode: string | null;
            /** @example CA Grand Auch Cœur de Gascogne */
            epciName: string | null;
            /** @example 22428 */
            population: number | null;
        };
        CommunePage: {
            items: components["schemas"]["CommuneView"][];
            total: number;
        };
        EpciView: {
            /**
             * @description SIREN of the EPCI
             * @example 200066926
             */
            code: string;
            /** @example CA Grand Auch Cœur de Gascogne */
            name: string;
            /**
             * @description Communes of the EPCI (in every department it spans)
             * @example 34
             */
            communeCount: number;
            /** @example 40000 */
            population: number;
        };
        EpciPage: {
            items: components["schemas"]["EpciView"][];
            total: number;
        };
        MailTopicChoices: {
            /** @description Confirmation of a booking the member made, with its calendar invitation */
            bookingConfirmations: boolean;
            /** @description The reminder at 18:00 the evening before a booking */
            bookingReminders: boolean;
            /** @description Confirmation of an event registration or of a place in its waiting line */
            eventRegistrations: boolean;
            /** @description The reminder 24 hours before an event */
            eventReminders: boolean;
            /** @description For hosts: the sheet of tomorrow’s bookings and events, at 07:00 */
            hostDailySheet: boolean;
        };
        NotificationPreferencesView: {
            /** @description The optional e-mails; mails about what someone else did (a cancellation, a changed event, a place from the waiting line) are always sent */
            topics: components["schemas"]["MailTopicChoices"];
            /** @description False when the member stopped all community mail (hosts’ announcements) */
            communityAnnouncements: boolean;
            /**
             * @description The language of the member’s e-mails (and of their account)
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        MailTopicChoicesChange: {
            bookingConfirmations?: boolean;
            bookingReminders?: boolean;
            eventRegistrations?: boolean;
            eventReminders?: boolean;
            hostDailySheet?: boolean;
        };
        NotificationPreferencesChange: {
            /** @enum {string} */
            locale?: "fr" | "en";
            /** @description Only the topics named change */
            topics?: components["schemas"]["MailTopicChoicesChange"];
            /** @description False stops all community mail; true receives it again */
            communityAnnouncements?: boolean;
        };
        RegisterRequest: {
            /** @example camille.martin@example.fr */
            email: string;
            /** @description At least 8 characters (12 suggested); no composition rules. */
            password: string;
            /** @example Camille */
            firstName: string;
            /** @example Martin */
            lastName: string;
            /**
             * @description INSEE code of the home commune (any French commune)
             * @example 31555
             */
            homeCommuneCode?: string;
            /**
             * @default fr
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        MeView: {
            /** Format: uuid */
            id: string;
            email: string;
            firstName: string;
            lastName: string;
            /** @enum {string} */
            role: "member" | "host" | "admin";
            hostedSiteIds: string[];
            homeCommuneCode: string | null;
            /** Format: uuid */
            organizationId: string | null;
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description Whether the address was confirmed through the link of the welcome mail */
            emailVerified: boolean;
            /** @description Two-factor sign-in is on (officers and hosts are asked to turn it on) */
            mfaEnabled: boolean;
        };
        AuthResponse: {
            user: components["schemas"]["MeView"];
            accessToken: string;
            refreshToken: string;
        };
        MfaChallenge: {
            /** @enum {boolean} */
            mfaRequired: true;
            /** @description Valid five minutes, for POST /auth/mfa */
            mfaToken: string;
        };
        LoginRequest: {
            /** @example camille.martin@example.fr */
            email: string;
            password: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        TokenPairView: {
            accessToken: string;
            refreshToken: string;
        };
        LinkTokenRequest: {
            /** @description The token of the link received by e-mail */
            token: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        PasswordResetConfirmation: {
            token: string;
            password: string;
        };
        UpdateMeRequest: {
            firstName?: string;
            lastName?: string;
            /** @description INSEE code of the home commune, or null */
            homeCommuneCode?: string | null;
            /** @enum {string} */
            locale?: "fr" | "en";
        };
        PasswordChange: {
            currentPassword: string;
            newPassword: string;
        };
        EmailChange: {
            newEmail: string;
            /** @description The current password, to confirm it is really the account holder */
            password: string;
        };
        UserSummary: {
            /** Format: uuid */
            id: string;
            email: string;
            firstName: string;
            lastName: string;
            /**
             * @description Stored role; hosting is seen through the sites
             * @enum {string}
             */
            role: "member" | "admin";
            homeCommuneCode: string | null;
        };
        UserPage: {
            items: components["schemas"]["UserSummary"][];
            total: number;
        };
        MfaSignInRequest: {
            /** @description A 6-digit code of the authenticator app, or a recovery code (xxxxx-xxxxx) */
            code: string;
            /** @description The mfaToken answered by POST /auth/login */
            mfaToken: string;
        };
        MfaSetupView: {
            /** @description Base32 secret, to type into the app if the QR code cannot be scanned */
            secret: string;
            /** @example otpauth://totp/Bastide:camille%40example.fr?secret=… */
            otpauthUrl: string;
        };
        MfaCodeRequest: {
            /** @description A 6-digit code of the authenticator app, or a recovery code (xxxxx-xxxxx) */
            code: string;
        };
        RecoveryCodesView: {
            /** @description Shown once: each code signs in once if the phone is lost */
            recoveryCodes: string[];
        };
        OpeningHoursDocument: {
            /**
             * @example [
             *       [
             *         "08:30",
             *         "12:30"
             *       ],
             *       [
             *         "13:30",
             *         "18:00"
             *       ]
             *     ]
             */
            mon: string[][];
            /**
             * @example [
             *       [
             *         "08:30",
             *         "12:30"
             *       ],
             *       [
             *         "13:30",
             *         "18:00"
             *       ]
             *     ]
             */
            tue: string[][];
            /**
             * @example [
             *       [
             *         "08:30",
             *         "12:30"
             *       ],
             *       [
             *         "13:30",
             *         "18:00"
             *       ]
             *     ]
             */
            wed: string[][];
            /**
             * @example [
             *       [
             *         "08:30",
             *         "12:30"
             *       ],
             *       [
             *         "13:30",
             *         "18:00"
             *       ]
             *     ]
             */
            thu: string[][];
            /**
             * @example [
             *       [
             *         "08:30",
             *         "12:30"
             *       ],
             *       [
             *         "13:30",
             *         "18:00"
             *       ]
             *     ]
             */
            fri: string[][];
            /** @example [] */
            sat: string[][];
            /** @example [] */
            sun: string[][];
        };
        CancellationCutoffDocument: {
            /**
             * @description until_start: until the booking starts; minutes_before: until `minutes` before the start (local time, so 1440 is the same time the day before); day_before_at: until `time` on the day before
             * @enum {string}
             */
            kind: "until_start" | "minutes_before" | "day_before_at";
            /**
             * @description With minutes_before
             * @example 120
             */
            minutes?: number;
            /**
             * @description With day_before_at: local HH:MM
             * @example 18:00
             */
            time?: string;
        };
        SiteView: {
            /** Format: uuid */
            id: string;
            /** @example tiers-lieu-d-auch */
            slug: string;
            /** @example Tiers-lieu d’Auch */
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** @example 32013 */
            communeCode: string;
            /** @example Auch */
            communeName: string;
            /** @example 200066926 */
            epciCode: string | null;
            /** @example CA Grand Auch Cœur de Gascogne */
            epciName: string | null;
            /** @example 12 rue Gambetta, 32000 Auch */
            address: string;
            /** @example 43.6465 */
            latitude: number;
            /** @example 0.5855 */
            longitude: number;
            description: string | null;
            amenities: ("fibre" | "parking" | "bike_shelter" | "ev_charging" | "kitchen" | "accessible" | "meeting_room" | "phone_box" | "printer" | "showers" | "coffee" | "garden" | "lockers")[];
            /** @example 1000 */
            fibreMbps: number | null;
            openingHours: components["schemas"]["OpeningHoursDocument"];
            /** @example Europe/Paris */
            timezone: string;
            /**
             * @description Public holidays the site opens on
             * @example [
             *       "2026-05-14"
             *     ]
             */
            openOnPublicHolidays: string[];
            /** @description Until when a member may cancel their own booking */
            cancellationCutoff: components["schemas"]["CancellationCutoffDocument"];
            /** @description Members must check in, or their booking is released at the release time */
            checkInRequired: boolean;
            /**
             * @description Local HH:MM when bookings not checked in are released
             * @example 10:30
             */
            noShowReleaseTime: string;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
            /** @example 2026-01-05T10:00:00+01:00 */
            updatedAt: string;
        };
        SitePage: {
            items: components["schemas"]["SiteView"][];
            total: number;
        };
        ResourceView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            siteId: string;
            /** @example Bureau 3 */
            name: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /** @example 1 */
            capacity: number;
            amenities: ("screen" | "whiteboard" | "videoconference" | "standing_desk" | "docking_station" | "window" | "accessible")[];
            /** @description False once removed: no new bookings */
            active: boolean;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
        };
        ClosureView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            siteId: string;
            /** @example 2026-12-24 */
            date: string;
            /** @example Travaux */
            reason: string | null;
        };
        SiteDetailView: {
            /** Format: uuid */
            id: string;
            /** @example tiers-lieu-d-auch */
            slug: string;
            /** @example Tiers-lieu d’Auch */
            name: string;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** @example 32013 */
            communeCode: string;
            /** @example Auch */
            communeName: string;
            /** @example 200066926 */
            epciCode: string | null;
            /** @example CA Grand Auch Cœur de Gascogne */
            epciName: string | null;
            /** @example 12 rue Gambetta, 32000 Auch */
            address: string;
            /** @example 43.6465 */
            latitude: number;
            /** @example 0.5855 */
            longitude: number;
            description: string | null;
            amenities: ("fibre" | "parking" | "bike_shelter" | "ev_charging" | "kitchen" | "accessible" | "meeting_room" | "phone_box" | "printer" | "showers" | "coffee" | "garden" | "lockers")[];
            /** @example 1000 */
            fibreMbps: number | null;
            openingHours: components["schemas"]["OpeningHoursDocument"];
            /** @example Europe/Paris */
            timezone: string;
            /**
             * @description Public holidays the site opens on
             * @example [
             *       "2026-05-14"
             *     ]
             */
            openOnPublicHolidays: string[];
            /** @description Until when a member may cancel their own booking */
            cancellationCutoff: components["schemas"]["CancellationCutoffDocument"];
            /** @description Members must check in, or their booking is released at the release time */
            checkInRequired: boolean;
            /**
             * @description Local HH:MM when bookings not checked in are released
             * @example 10:30
             */
            noShowReleaseTime: string;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
            /** @example 2026-01-05T10:00:00+01:00 */
            updatedAt: string;
            /** @description How to get in (door code, key): present only for the site’s hosts and network officers; members get it in their booking confirmation */
            accessInstructions?: string | null;
            /** @description Active resources */
            resources: components["schemas"]["ResourceView"][];
            /** @description Closures from today on, in date order */
            upcomingClosures: components["schemas"]["ClosureView"][];
        };
        CreateSiteRequest: {
            /** @example Tiers-lieu d’Auch */
            name: string;
            /**
             * @description INSEE code of the commune
             * @example 32013
             */
            communeCode: string;
            /** @example 12 rue Gambetta, 32000 Auch */
            address: string;
            /** @example 43.6465 */
            latitude: number;
            /** @example 0.5855 */
            longitude: number;
            description?: string | null;
            /**
             * @example [
             *       "fibre",
             *       "parking",
             *       "coffee"
             *     ]
             */
            amenities?: ("fibre" | "parking" | "bike_shelter" | "ev_charging" | "kitchen" | "accessible" | "meeting_room" | "phone_box" | "printer" | "showers" | "coffee" | "garden" | "lockers")[];
            /**
             * @description Download speed of the fibre line
             * @example 1000
             */
            fibreMbps?: number | null;
            /** @description Local times in the site’s zone; every day present, an empty list closes it */
            openingHours: components["schemas"]["OpeningHoursDocument"];
            /**
             * @default Europe/Paris
             * @example Europe/Paris
             */
            timezone: string;
            /**
             * @description Public holidays (YYYY-MM-DD) the site opens on; it is closed on the others
             * @example [
             *       "2026-05-14"
             *     ]
             */
            openOnPublicHolidays?: string[];
            /** @description Until when a member may cancel their own booking (the site’s team may cancel at any time); default until the start */
            cancellationCutoff?: components["schemas"]["CancellationCutoffDocument"];
            /** @description Members must check in; bookings not checked in by the release time are released (default false) */
            checkInRequired?: boolean;
            /**
             * @description Local HH:MM (default 10:30). With check-in required, morning and full-day bookings not checked in by then are released; an afternoon booking gets the same grace after the afternoon’s start (release time minus that day’s opening)
             * @example 10:30
             */
            noShowReleaseTime?: string;
            /**
             * @description Door code, where the key is: sent in booking confirmations, shown only to the site’s team
             * @example Code de la porte : 4721. La clé du local vélos est dans la boîte aux lettres n° 3.
             */
            accessInstructions?: string | null;
        };
        UpdateSiteRequest: {
            /** @example Tiers-lieu d’Auch */
            name?: string;
            /**
             * @description INSEE code of the commune
             * @example 32013
             */
            communeCode?: string;
            /** @example 12 rue Gambetta, 32000 Auch */
            address?: string;
            /** @example 43.6465 */
            latitude?: number;
            /** @example 0.5855 */
            longitude?: number;
            description?: string | null;
            /**
             * @example [
             *       "fibre",
             *       "parking",
             *       "coffee"
             *     ]
             */
            amenities?: ("fibre" | "parking" | "bike_shelter" | "ev_charging" | "kitchen" | "accessible" | "meeting_room" | "phone_box" | "printer" | "showers" | "coffee" | "garden" | "lockers")[];
            /**
             * @description Download speed of the fibre line
             * @example 1000
             */
            fibreMbps?: number | null;
            /** @description Local times in the site’s zone; every day present, an empty list closes it */
            openingHours?: components["schemas"]["OpeningHoursDocument"];
            /**
             * @default Europe/Paris
             * @example Europe/Paris
             */
            timezone: string;
            /**
             * @description Public holidays (YYYY-MM-DD) the site opens on; it is closed on the others
             * @example [
             *       "2026-05-14"
             *     ]
             */
            openOnPublicHolidays?: string[];
            /** @description Until when a member may cancel their own booking (the site’s team may cancel at any time); default until the start */
            cancellationCutoff?: components["schemas"]["CancellationCutoffDocument"];
            /** @description Members must check in; bookings not checked in by the release time are released (default false) */
            checkInRequired?: boolean;
            /**
             * @description Local HH:MM (default 10:30). With check-in required, morning and full-day bookings not checked in by then are released; an afternoon booking gets the same grace after the afternoon’s start (release time minus that day’s opening)
             * @example 10:30
             */
            noShowReleaseTime?: string;
            /**
             * @description Door code, where the key is: sent in booking confirmations, shown only to the site’s team
             * @example Code de la porte : 4721. La clé du local vélos est dans la boîte aux lettres n° 3.
             */
            accessInstructions?: string | null;
            /**
             * @description Only a network officer publishes or archives
             * @enum {string}
             */
            status?: "draft" | "published" | "archived";
            /**
             * @description Only a network officer changes it
             * @example auch-tiers-lieu
             */
            slug?: string;
        };
        CreateClosureRequest: {
            /**
             * @description Local date in the site’s zone
             * @example 2026-12-24
             */
            date: string;
            /** @example Travaux */
            reason?: string | null;
        };
        ClosurePage: {
            items: components["schemas"]["ClosureView"][];
            total: number;
        };
        ResourcePage: {
            items: components["schemas"]["ResourceView"][];
            total: number;
        };
        CreateResourceRequest: {
            /** @example Bureau 3 */
            name: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /**
             * @description People it seats
             * @default 1
             */
            capacity: number;
            /**
             * @example [
             *       "screen"
             *     ]
             */
            amenities?: ("screen" | "whiteboard" | "videoconference" | "standing_desk" | "docking_station" | "window" | "accessible")[];
        };
        UpdateResourceRequest: {
            /** @example Bureau 3 */
            name?: string;
            /** @enum {string} */
            kind?: "desk" | "meeting_room" | "private_office" | "phone_booth";
            capacity?: number;
            amenities?: ("screen" | "whiteboard" | "videoconference" | "standing_desk" | "docking_station" | "window" | "accessible")[];
            /** @description true puts a removed resource back into service */
            active?: boolean;
        };
        SiteHostView: {
            /** Format: uuid */
            userId: string;
            /**
             * @description When the host was appointed
             * @example 2026-01-05T10:00:00+01:00
             */
            appointedAt: string;
            /** @example Mathieu */
            firstName: string;
            /** @example Dupouy */
            lastName: string;
            /**
             * @description For network officers only: a host sees the names of the other hosts, not their addresses
             * @example hote.auch@bastide.demo
             */
            email?: string;
        };
        SiteHostPage: {
            items: components["schemas"]["SiteHostView"][];
            total: number;
        };
        AvailabilitySiteRef: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        FreeResourceView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
        };
        AvailabilityItem: {
            site: components["schemas"]["AvailabilitySiteRef"];
            free: components["schemas"]["FreeResourceView"][];
            freeCount: number;
            /** @example 2026-12-01T08:30:00+01:00 */
            start: string;
            /** @example 2026-12-01T13:00:00+01:00 */
            end: string;
        };
        AvailabilityPage: {
            items: components["schemas"]["AvailabilityItem"][];
            total: number;
        };
        CreateBookingRequest: {
            /**
             * Format: uuid
             * @description The resource to book (or siteId and kind)
             */
            resourceId?: string;
            /**
             * Format: uuid
             * @description With kind: any free resource of that kind at the site
             */
            siteId?: string;
            /** @enum {string} */
            kind?: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /**
             * @description Local date in the site’s zone (with slot)
             * @example 2026-12-01
             */
            date?: string;
            /** @enum {string} */
            slot?: "full_day" | "morning" | "afternoon";
            /**
             * @description ISO 8601; without an offset, a local time in the site’s zone (with end)
             * @example 2026-12-01T09:00:00+01:00
             */
            start?: string;
            /** @example 2026-12-01T10:30:00+01:00 */
            end?: string;
            /**
             * Format: uuid
             * @description Book for this member (a phone booking): network officers and hosts of the site only (403 otherwise); the booking, its quota and its mail are the member’s
             */
            userId?: string;
        };
        BookingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            resourceId: string;
            /** @example Bureau 3 */
            resourceName: string;
            /** Format: uuid */
            siteId: string;
            /** @example Tiers-lieu de Vic */
            siteName: string;
            /**
             * Format: uuid
             * @description Null once the member erased their account
             */
            userId: string | null;
            /** @example 2026-12-01T08:30:00+01:00 */
            start: string;
            /** @example 2026-12-01T13:00:00+01:00 */
            end: string;
            /**
             * @description Local date of the start
             * @example 2026-12-01
             */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon" | "custom";
            /** @enum {string} */
            status: "confirmed" | "checked_in" | "cancelled" | "no_show";
            /** @example 2026-11-20T10:00:00+01:00 */
            createdAt: string;
            cancelledAt: string | null;
            checkedInAt: string | null;
            /**
             * Format: uuid
             * @description The series that made it, if any
             */
            seriesId: string | null;
            /**
             * Format: uuid
             * @description The event holding this room, if any (then there is no member, and the event moves or frees it)
             */
            eventId: string | null;
        };
        BookingPage: {
            items: components["schemas"]["BookingView"][];
            total: number;
        };
        BookingHolderView: {
            /** @example Camille */
            firstName: string;
            /** @example Roux */
            lastName: string;
            /** @example camille@example.org */
            email: string;
        };
        SiteBookingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            resourceId: string;
            /** @example Bureau 3 */
            resourceName: string;
            /** Format: uuid */
            siteId: string;
            /** @example Tiers-lieu de Vic */
            siteName: string;
            /**
             * Format: uuid
             * @description Null once the member erased their account
             */
            userId: string | null;
            /** @example 2026-12-01T08:30:00+01:00 */
            start: string;
            /** @example 2026-12-01T13:00:00+01:00 */
            end: string;
            /**
             * @description Local date of the start
             * @example 2026-12-01
             */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon" | "custom";
            /** @enum {string} */
            status: "confirmed" | "checked_in" | "cancelled" | "no_show";
            /** @example 2026-11-20T10:00:00+01:00 */
            createdAt: string;
            cancelledAt: string | null;
            checkedInAt: string | null;
            /**
             * Format: uuid
             * @description The series that made it, if any
             */
            seriesId: string | null;
            /**
             * Format: uuid
             * @description The event holding this room, if any (then there is no member, and the event moves or frees it)
             */
            eventId: string | null;
            /** @description The member; null for a room held by an event or an erased account */
            holder: components["schemas"]["BookingHolderView"] | null;
        };
        SiteBookingPage: {
            items: components["schemas"]["SiteBookingView"][];
            total: number;
        };
        CancelBookingRequest: {
            /**
             * @description A note to the member, told in the cancellation mail (a host or an officer cancelling)
             * @example Dégât des eaux dans la salle
             */
            reason?: string | null;
        };
        CreateBookingSeriesRequest: {
            /**
             * Format: uuid
             * @description The resource to book on every date (or siteId and kind)
             */
            resourceId?: string;
            /**
             * Format: uuid
             * @description With kind: any free resource of that kind, date by date
             */
            siteId?: string;
            /** @enum {string} */
            kind?: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /**
             * @description ISO weekdays, 1 = Monday … 7 = Sunday
             * @example [
             *       2,
             *       4
             *     ]
             */
            weekdays: number[];
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            /**
             * @description First local date (inclusive), today or later
             * @example 2026-04-06
             */
            from: string;
            /**
             * @description Last local date (inclusive), within the booking horizon (422 beyond it)
             * @example 2026-06-26
             */
            until: string;
        };
        SeriesConflictView: {
            /** @example 2026-05-14 */
            date: string;
            /**
             * @description The problem type that kept the date from being booked: site-closed (closed day, public holiday, closure), booking-conflict (taken), already-booked (the member has a booking then), quota-exceeded, no-such-half-day, …
             * @example site-closed
             */
            reason: string;
            /** @example The site is closed on 2026-05-14: public holiday (Ascension). */
            detail: string;
        };
        BookingSeriesCreated: {
            /** Format: uuid */
            id: string;
            /** @description The bookings made, by date */
            created: components["schemas"]["BookingView"][];
            /** @description The dates not booked, with why */
            conflicts: components["schemas"]["SeriesConflictView"][];
        };
        BookingSeriesView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            siteId: string;
            /** @example Tiers-lieu d’Auch */
            siteName: string;
            /**
             * Format: uuid
             * @description Null when any resource of kind will do
             */
            resourceId: string | null;
            resourceName: string | null;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /**
             * @example [
             *       2,
             *       4
             *     ]
             */
            weekdays: number[];
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            /** @example 2026-04-06 */
            from: string;
            /** @example 2026-06-26 */
            until: string;
            /** @description The dates it could not book when it was made */
            conflicts: components["schemas"]["SeriesConflictView"][];
            /**
             * @description The next dates it holds a booking on (at most 5)
             * @example [
             *       "2026-04-07",
             *       "2026-04-09"
             *     ]
             */
            nextDates: string[];
            /** @description How many of its bookings are still to come */
            upcomingCount: number;
            /** @example 2026-04-01T10:00:00+02:00 */
            createdAt: string;
            /** @description When its member cancelled the rest of it */
            cancelledAt: string | null;
        };
        BookingSeriesPage: {
            items: components["schemas"]["BookingSeriesView"][];
            total: number;
        };
        JoinWaitlistRequest: {
            /** Format: uuid */
            siteId: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /**
             * @description Local date in the site’s zone
             * @example 2026-12-01
             */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
        };
        WaitlistEntryView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Place in the line, from 1, while waiting; null once promoted or skipped
             * @example 1
             */
            position: number | null;
            /**
             * @description waiting; promoted (booked: see bookingId); skipped (a booking could not be made: see reason)
             * @enum {string}
             */
            status: "waiting" | "promoted" | "skipped";
            /** Format: uuid */
            siteId: string;
            /** @example Tiers-lieu d’Auch */
            siteName: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /** @example 2026-12-01 */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            /**
             * Format: uuid
             * @description The booking made when promoted
             */
            bookingId: string | null;
            /**
             * @description Why it was skipped: the problem type of the booking it could not have
             * @example quota-exceeded
             */
            reason: string | null;
            /** @example 2026-11-20T10:00:00+01:00 */
            createdAt: string;
            /** @description When it was promoted or skipped */
            resolvedAt: string | null;
        };
        WaitlistPage: {
            items: components["schemas"]["WaitlistEntryView"][];
            total: number;
        };
        SiteWaitlistEntryView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Place in the line, from 1, while waiting; null once promoted or skipped
             * @example 1
             */
            position: number | null;
            /**
             * @description waiting; promoted (booked: see bookingId); skipped (a booking could not be made: see reason)
             * @enum {string}
             */
            status: "waiting" | "promoted" | "skipped";
            /** Format: uuid */
            siteId: string;
            /** @example Tiers-lieu d’Auch */
            siteName: string;
            /** @enum {string} */
            kind: "desk" | "meeting_room" | "private_office" | "phone_booth";
            /** @example 2026-12-01 */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            /**
             * Format: uuid
             * @description The booking made when promoted
             */
            bookingId: string | null;
            /**
             * @description Why it was skipped: the problem type of the booking it could not have
             * @example quota-exceeded
             */
            reason: string | null;
            /** @example 2026-11-20T10:00:00+01:00 */
            createdAt: string;
            /** @description When it was promoted or skipped */
            resolvedAt: string | null;
            /** Format: uuid */
            userId: string;
            /** @example Camille */
            firstName: string;
            /** @example Martin */
            lastName: string;
            /** @example camille.martin@example.fr */
            email: string;
        };
        SiteWaitlistPage: {
            items: components["schemas"]["SiteWaitlistEntryView"][];
            total: number;
        };
        SiteMemberView: {
            /** Format: uuid */
            id: string;
            /** @example Camille */
            firstName: string;
            /** @example Roques */
            lastName: string;
            /** @example camille.roques@example.fr */
            email: string;
        };
        SiteMemberPage: {
            items: components["schemas"]["SiteMemberView"][];
            total: number;
        };
        OwnRegistrationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "attended";
            /** @description Place in line (1 = next), while waitlisted */
            position?: number;
        };
        EventView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            /** @example Café télétravail */
            title: string;
            /** @description The Markdown source, for editing */
            description: string;
            /**
             * @description The description rendered to HTML, sanitised: safe to insert as is
             * @example <p>Un café et des <strong>croissants</strong>.</p>
             */
            descriptionHtml: string;
            /** @enum {string} */
            category: "workshop" | "afterwork" | "training" | "telework_cafe" | "open_day" | "talk" | "other";
            /** @enum {string} */
            visibility: "public" | "members";
            /**
             * Format: uuid
             * @description Null: online or network-wide
             */
            siteId: string | null;
            /** @example Tiers-lieu d’Auch */
            siteName: string | null;
            /** @example tiers-lieu-d-auch */
            siteSlug: string | null;
            /** @example Auch */
            communeName: string | null;
            /** @example 200066926 */
            epciCode: string | null;
            /** @example CA Grand Auch Cœur de Gascogne */
            epciName: string | null;
            /**
             * Format: uuid
             * @description The meeting room it reserves
             */
            roomId: string | null;
            /** @example Salle Garonne */
            roomName: string | null;
            /** @example https://visio.example.fr/cafe */
            onlineUrl: string | null;
            /**
             * @description With the offset of the event’s zone
             * @example 2026-12-01T09:00:00+01:00
             */
            start: string;
            /** @example 2026-12-01T10:30:00+01:00 */
            end: string;
            /** @example Europe/Paris */
            timezone: string;
            /** @example 12 */
            capacity: number;
            /**
             * @description Registered and attended
             * @example 9
             */
            registeredCount: number;
            /** @example 0 */
            waitlistCount: number;
            /**
             * @description capacity − registeredCount
             * @example 3
             */
            placesLeft: number;
            /**
             * @description When registrations close: the deadline set, or else the start
             * @example 2026-12-01T09:00:00+01:00
             */
            registrationDeadline: string;
            /** @description Whether the deadline was set explicitly (false: it follows the start) */
            registrationDeadlineSet: boolean;
            /** @description Published, not cancelled, and before the registration deadline */
            registrationOpen: boolean;
            /**
             * Format: uuid
             * @description The weekly series it belongs to
             */
            seriesId: string | null;
            /**
             * Format: uuid
             * @description The host or officer who made it
             */
            createdBy: string | null;
            /** @example 2026-11-01T10:00:00+01:00 */
            createdAt: string;
            /** @example 2026-11-01T10:00:00+01:00 */
            updatedAt: string;
            publishedAt: string | null;
            cancelledAt: string | null;
            /** @description The caller’s registration (null when none, or anonymous) */
            myRegistration: components["schemas"]["OwnRegistrationView"] | null;
            /** @description The caller may edit, publish, cancel it and see its registrations */
            manageable: boolean;
        };
        EventPage: {
            items: components["schemas"]["EventView"][];
            total: number;
        };
        CreateEventRequest: {
            /**
             * Format: uuid
             * @description The site; only a network officer may leave it out (online or network-wide event)
             */
            siteId?: string | null;
            /** @example Café télétravail */
            title: string;
            /**
             * @description Markdown: paragraphs, headings, lists, quotes, bold, italic, code and http(s) or mailto links; any HTML is shown as text
             * @example Un café, des **croissants** et un tour de table.
             *
             *     - accueil à 9h
             *     - [le plan](https://example.fr)
             */
            description: string;
            /** @enum {string} */
            category: "workshop" | "afterwork" | "training" | "telework_cafe" | "open_day" | "talk" | "other";
            /**
             * @description ISO 8601; without an offset, a local time in the site’s zone (Europe/Paris without a site)
             * @example 2026-12-01T09:00:00+01:00
             */
            start: string;
            /**
             * @description ISO 8601, after start
             * @example 2026-12-01T10:30:00+01:00
             */
            end: string;
            /**
             * @description Places; beyond them people join the waitlist. 422 below the number registered
             * @example 12
             */
            capacity: number;
            /**
             * @description `members`: shown only to signed-in accounts
             * @default public
             * @enum {string}
             */
            visibility: "public" | "members";
            /**
             * Format: uuid
             * @description A meeting room of the event’s site, reserved for the event’s time (409 when taken)
             */
            roomId?: string | null;
            /**
             * @description Where to join an online event (http or https)
             * @example https://visio.example.fr/cafe-teletravail
             */
            onlineUrl?: string | null;
            /**
             * @description Registrations close then (at the latest the end); by default at the start
             * @example 2026-11-30T18:00:00+01:00
             */
            registrationDeadline?: string | null;
        };
        UpdateEventRequest: {
            /** @example Café télétravail */
            title?: string;
            /**
             * @description Markdown: paragraphs, headings, lists, quotes, bold, italic, code and http(s) or mailto links; any HTML is shown as text
             * @example Un café, des **croissants** et un tour de table.
             *
             *     - accueil à 9h
             *     - [le plan](https://example.fr)
             */
            description?: string;
            /** @enum {string} */
            category?: "workshop" | "afterwork" | "training" | "telework_cafe" | "open_day" | "talk" | "other";
            /**
             * @description ISO 8601; without an offset, a local time in the site’s zone (Europe/Paris without a site)
             * @example 2026-12-01T09:00:00+01:00
             */
            start?: string;
            /**
             * @description ISO 8601, after start
             * @example 2026-12-01T10:30:00+01:00
             */
            end?: string;
            /**
             * @description Places; beyond them people join the waitlist. 422 below the number registered
             * @example 12
             */
            capacity?: number;
            /**
             * @description `members`: shown only to signed-in accounts
             * @default public
             * @enum {string}
             */
            visibility: "public" | "members";
            /**
             * @description null: registrations close at the start
             * @example 2026-11-30T18:00:00+01:00
             */
            registrationDeadline?: string | null;
            /**
             * Format: uuid
             * @description A meeting room of the event’s site, reserved for the event’s time (409 when taken)
             */
            roomId?: string | null;
            /**
             * @description Where to join an online event (http or https)
             * @example https://visio.example.fr/cafe-teletravail
             */
            onlineUrl?: string | null;
        };
        DuplicateEventRequest: {
            /**
             * @description Start of the copy; default one week after the original
             * @example 2026-12-08T09:00:00+01:00
             */
            start?: string;
            /**
             * @description End of the copy; default the original’s length after start
             * @example 2026-12-08T10:30:00+01:00
             */
            end?: string;
            /** @example Café télétravail */
            title?: string;
        };
        RegistrationResult: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /**
             * @description `registered` or `waitlisted`; a replayed Idempotency-Key answers the registration as it is now
             * @enum {string}
             */
            status: "registered" | "waitlisted" | "attended" | "cancelled";
            /** @description Only when waitlisted: 1 is next in line */
            position?: number;
        };
        RegistrationView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null once the member erased their account
             */
            userId: string | null;
            /** @example Camille */
            firstName: string | null;
            /** @example Martin */
            lastName: string | null;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "attended";
            /** @description Only when waitlisted */
            position?: number;
            /** @example 2026-11-20T10:00:00+01:00 */
            registeredAt: string;
            /** @description When a freed place went to them */
            promotedAt: string | null;
            attendedAt: string | null;
        };
        RegistrationPage: {
            /** @description Registered and attended first, then the waitlist in order */
            items: components["schemas"]["RegistrationView"][];
            total: number;
        };
        AttendanceRequest: {
            /**
             * @description false takes a mark back (attended → registered)
             * @default true
             */
            attended: boolean;
        };
        MyRegistrationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "attended";
            /** @description Only when waitlisted */
            position?: number;
            registeredAt: string;
            /** @description The event (its status says if it was cancelled) */
            event: components["schemas"]["EventView"];
        };
        MyRegistrationPage: {
            /** @description By event start */
            items: components["schemas"]["MyRegistrationView"][];
            total: number;
        };
        CreateEventSeriesRequest: {
            /**
             * Format: uuid
             * @description The site; only a network officer may leave it out (online or network-wide event)
             */
            siteId?: string | null;
            /** @example Café télétravail */
            title: string;
            /**
             * @description Markdown: paragraphs, headings, lists, quotes, bold, italic, code and http(s) or mailto links; any HTML is shown as text
             * @example Un café, des **croissants** et un tour de table.
             *
             *     - accueil à 9h
             *     - [le plan](https://example.fr)
             */
            description: string;
            /** @enum {string} */
            category: "workshop" | "afterwork" | "training" | "telework_cafe" | "open_day" | "talk" | "other";
            /**
             * @description ISO 8601; without an offset, a local time in the site’s zone (Europe/Paris without a site)
             * @example 2026-12-01T09:00:00+01:00
             */
            start: string;
            /**
             * @description ISO 8601, after start
             * @example 2026-12-01T10:30:00+01:00
             */
            end: string;
            /**
             * @description Places; beyond them people join the waitlist. 422 below the number registered
             * @example 12
             */
            capacity: number;
            /**
             * @description `members`: shown only to signed-in accounts
             * @default public
             * @enum {string}
             */
            visibility: "public" | "members";
            /**
             * Format: uuid
             * @description A meeting room of the event’s site, reserved for the event’s time (409 when taken)
             */
            roomId?: string | null;
            /**
             * @description Where to join an online event (http or https)
             * @example https://visio.example.fr/cafe-teletravail
             */
            onlineUrl?: string | null;
            /**
             * @description Last local date an occurrence may fall on (inclusive)
             * @example 2027-03-30
             */
            until: string;
            /**
             * @description Publish every occurrence at once (default: drafts)
             * @default false
             */
            publish: boolean;
        };
        EventSeriesConflictView: {
            /** @example 2026-12-15 */
            date: string;
            /**
             * @description The problem type that kept that date from being made
             * @example room-taken
             */
            reason: string;
            /** @example Salle Garonne is already booked from … to …. */
            detail: string;
        };
        EventSeriesCreated: {
            /** Format: uuid */
            id: string;
            /** @description The events made, by date */
            created: components["schemas"]["EventView"][];
            /** @description The dates not made, with why */
            conflicts: components["schemas"]["EventSeriesConflictView"][];
        };
        EventSeriesView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            siteId: string | null;
            /** @example 2027-03-30 */
            until: string;
            conflicts: components["schemas"]["EventSeriesConflictView"][];
            createdAt: string;
            cancelledAt: string | null;
            /** @description Its events, by date (cancelled ones included) */
            events: components["schemas"]["EventView"][];
        };
        DirectorySiteView: {
            /** Format: uuid */
            id: string;
            /** @example Tiers-lieu d’Auch */
            name: string;
        };
        DirectoryProfileView: {
            listed: boolean;
            /** @example Graphiste */
            trade: string;
            /**
             * @example [
             *       "graphisme",
             *       "illustration"
             *     ]
             */
            skills: string[];
            helpText: string;
            showEmail: boolean;
            /** @description The sites the card is attached to */
            sites: components["schemas"]["DirectorySiteView"][];
            /** @description Published sites where I booked in the last 12 months, most booked first: suggestions only */
            suggestedSites: components["schemas"]["DirectorySiteView"][];
            /** @description Null until the card is first saved */
            updatedAt: string | null;
        };
        DirectoryProfileRequest: {
            /** @description Shown in the directory to signed-in members; false (the default) hides the card */
            listed: boolean;
            /**
             * @description Empty for none
             * @example Graphiste
             */
            trade: string;
            /**
             * @description Made normalised tags (lower case, single spaces, 40 characters at most), each once
             * @example [
             *       "Graphisme",
             *       "Illustration"
             *     ]
             */
            skills: string[];
            /**
             * @description “What I can help with”, plain text; empty for none
             * @example Je peux relire vos plaquettes et vous aider à choisir un imprimeur.
             */
            helpText: string;
            /**
             * @description Show my e-mail address on my card
             * @default false
             */
            showEmail: boolean;
            /**
             * @description The published sites I attach my card to (the directory filters by site on these)
             * @default []
             */
            siteIds: string[];
        };
        DirectoryEntryView: {
            /** Format: uuid */
            userId: string;
            /** @example Léa */
            firstName: string;
            /** @example Fourcade */
            lastName: string;
            /** @example Graphiste */
            trade: string;
            /**
             * @example [
             *       "graphisme",
             *       "illustration"
             *     ]
             */
            skills: string[];
            helpText: string;
            sites: components["schemas"]["DirectorySiteView"][];
            /**
             * @description Only when the member chose to show it
             * @example null
             */
            email: string | null;
        };
        DirectoryPage: {
            /** @description By last name, then first name */
            items: components["schemas"]["DirectoryEntryView"][];
            total: number;
        };
        SkillView: {
            /** @example graphisme */
            tag: string;
            /** @description How many listed cards have it */
            count: number;
        };
        SkillPage: {
            /** @description Most common first */
            items: components["schemas"]["SkillView"][];
            total: number;
        };
        AnnouncementRequest: {
            /** @example Fermeture exceptionnelle vendredi */
            subject: string;
            /**
             * @description Plain text or the events’ Markdown (paragraphs, headings, lists, quotes, bold, italic, code, http(s) and mailto links); any HTML is shown as text
             * @example Bonjour à toutes et tous,
             *
             *     Le tiers-lieu sera **fermé vendredi** pour travaux.
             */
            body: string;
            /**
             * @description Sent to the members with a booking at the site that ends within the last N months, or later
             * @example 3
             */
            monthsBack: number;
        };
        AnnouncementAuthorView: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
        };
        AnnouncementView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            siteId: string;
            subject: string;
            /** @description As written */
            body: string;
            /** @description The body rendered as in the mail */
            bodyHtml: string;
            monthsBack: number;
            /** @description How many members it was sent to */
            recipientCount: number;
            /** @example 2026-04-20T10:00:00+02:00 */
            sentAt: string;
            /** @description Null once the author erased their account */
            author: components["schemas"]["AnnouncementAuthorView"] | null;
        };
        AnnouncementPreviewRequest: {
            /** @example Fermeture exceptionnelle vendredi */
            subject: string;
            /**
             * @description Plain text or the events’ Markdown (paragraphs, headings, lists, quotes, bold, italic, code, http(s) and mailto links); any HTML is shown as text
             * @example Bonjour à toutes et tous,
             *
             *     Le tiers-lieu sera **fermé vendredi** pour travaux.
             */
            body: string;
            /**
             * @description Sent to the members with a booking at the site that ends within the last N months, or later
             * @example 3
             */
            monthsBack: number;
            /**
             * @description The language of the frame; default French
             * @enum {string}
             */
            locale?: "fr" | "en";
        };
        AnnouncementPreview: {
            /** @description The mail’s subject line */
            subject: string;
            /** @description The plain-text part, as a recipient gets it (here addressed to the caller) */
            text: string;
            /** @description The HTML part (safe: every character of the host’s text is escaped) */
            html: string;
            /** @description How many members it would go to now */
            recipientCount: number;
            /**
             * @description Bookings that end after this local date count
             * @example 2026-01-20
             */
            since: string;
        };
        AnnouncementPage: {
            /** @description Newest first */
            items: components["schemas"]["AnnouncementView"][];
            total: number;
        };
        UnsubscribeView: {
            /**
             * @description `site`: this site’s announcements; `all`: every community mail
             * @enum {string}
             */
            scope: "site" | "all";
            /**
             * Format: uuid
             * @description The site whose announcement carried the link
             */
            siteId: string;
            /** @example Tiers-lieu d’Auch */
            siteName: string;
            /** @description Whether the member is unsubscribed (GET only tells; POST unsubscribes) */
            unsubscribed: boolean;
        };
        UnsubscriptionView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null: every community mail
             */
            siteId: string | null;
            siteName: string | null;
            /** @example 2026-04-20T10:00:00+02:00 */
            createdAt: string;
        };
        UnsubscriptionPage: {
            items: components["schemas"]["UnsubscriptionView"][];
            total: number;
        };
        CalendarFeedView: {
            /**
             * @description The secret address of the member’s calendar feed (whoever holds it reads the feed)
             * @example https://bastide.example.fr/api/v1/calendar/3q2-7wEjc0A….ics
             */
            url: string;
        };
        /** @enum {string} */
        WelcomeVillageOffer: "school" | "shops" | "housing" | "fibre";
        /** @enum {string} */
        WelcomeVillageRelayRole: "town_hall" | "association" | "resident" | "other";
        WelcomeVillageView: {
            /** Format: uuid */
            id: string;
            /** @example 32256 */
            communeCode: string;
            /** @example Mirande */
            communeName: string;
            /**
             * @example [
             *       "32300"
             *     ]
             */
            postalCodes: string[];
            /** @example 243200417 */
            epciCode: string | null;
            /** @example CC Cœur d’Astarac en Gascogne */
            epciName: string | null;
            /** @example 43.5147 */
            latitude: number | null;
            /** @example 0.4044 */
            longitude: number | null;
            offers: components["schemas"]["WelcomeVillageOffer"][];
            descriptionFr: string;
            descriptionEn: string | null;
            relayName: string;
            relayRole: components["schemas"]["WelcomeVillageRelayRole"];
            relayEmail: string;
            relayPhone: string | null;
            published: boolean;
            /** @example 2026-11-29T15:00:00+01:00 */
            createdAt: string;
            /** @example 2026-11-29T15:00:00+01:00 */
            updatedAt: string;
        };
        WelcomeVillagePage: {
            items: components["schemas"]["WelcomeVillageView"][];
            total: number;
        };
        CreateWelcomeVillageRequest: {
            /**
             * @description INSEE code of the commune (400 naming `communeCode` if none has it)
             * @example 32256
             */
            communeCode: string;
            /**
             * @description The relay newcomers may contact
             * @example Martine Lacoste
             */
            relayName: string;
            relayRole: components["schemas"]["WelcomeVillageRelayRole"];
            /** @example accueil@mairie-mirande.fr */
            relayEmail: string;
            /** @example 05 62 66 00 00 */
            relayPhone?: string | null;
            offers: components["schemas"]["WelcomeVillageOffer"][];
            /** @example Bastide du XIIIe siècle : école, collège, marché le lundi. */
            descriptionFr: string;
            descriptionEn?: string | null;
            /**
             * @description With `longitude`, or neither
             * @example 43.5147
             */
            latitude?: number | null;
            /** @example 0.4044 */
            longitude?: number | null;
            /**
             * @description Shown on the public page
             * @default false
             */
            published: boolean;
        };
        UpdateWelcomeVillageRequest: {
            /** @example Martine Lacoste */
            relayName?: string;
            relayRole?: components["schemas"]["WelcomeVillageRelayRole"];
            relayEmail?: string;
            relayPhone?: string | null;
            offers?: components["schemas"]["WelcomeVillageOffer"][];
            descriptionFr?: string;
            descriptionEn?: string | null;
            /** @description With `longitude`, or neither */
            latitude?: number | null;
            longitude?: number | null;
            /** @description Publish (true) or withdraw (false) from the public page */
            published?: boolean;
        };
        TeleworkContractDocument: {
            /**
             * @description Days per ISO week per employee, in steps of 0.5
             * @example 2
             */
            daysPerWeek: number;
            /** @description The sites the contract covers; empty or left out: every site of the network */
            siteIds?: string[];
        };
        CreateOrganizationRequest: {
            /** @example Airbus Operations */
            name: string;
            /**
             * @description SIREN (9 digits, Luhn check digit); spaces ignored
             * @example 383474814
             */
            siren?: string | null;
            /** @description The telework contract, if any */
            contract?: components["schemas"]["TeleworkContractDocument"] | null;
        };
        TeleworkContractView: {
            /** @example 2 */
            daysPerWeek: number;
            /** @description Empty: every site of the network */
            siteIds: string[];
        };
        OrganizationMemberView: {
            /** Format: uuid */
            userId: string;
            firstName: string;
            lastName: string;
            email: string;
            /**
             * @description When the officer attached the member
             * @example 2026-01-05T10:00:00+01:00
             */
            since: string;
        };
        OrganizationDetailView: {
            /** Format: uuid */
            id: string;
            /** @example Airbus Operations */
            name: string;
            /** @example 383474814 */
            siren: string | null;
            contract: components["schemas"]["TeleworkContractView"] | null;
            /** @example 12 */
            memberCount: number;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
            members: components["schemas"]["OrganizationMemberView"][];
        };
        OrganizationView: {
            /** Format: uuid */
            id: string;
            /** @example Airbus Operations */
            name: string;
            /** @example 383474814 */
            siren: string | null;
            contract: components["schemas"]["TeleworkContractView"] | null;
            /** @example 12 */
            memberCount: number;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
        };
        OrganizationPage: {
            items: components["schemas"]["OrganizationView"][];
            total: number;
        };
        UpdateOrganizationRequest: {
            /** @example Airbus Operations */
            name?: string;
            /** @example 383474814 */
            siren?: string | null;
            contract?: components["schemas"]["TeleworkContractDocument"] | null;
        };
        CreatePlanRequest: {
            /** @example Carnet 10 jours */
            name: string;
            /**
             * @description pack: N days while held; weekly: N per ISO week; monthly: N per month
             * @enum {string}
             */
            kind: "pack" | "weekly" | "monthly" | "unlimited";
            /**
             * @description Days, in steps of 0.5: required except for unlimited (at most 7 weekly, 31 monthly, 1000 a pack)
             * @example 10
             */
            days?: number;
        };
        PlanView: {
            /** Format: uuid */
            id: string;
            /** @example Carnet 10 jours */
            name: string;
            /** @enum {string} */
            kind: "pack" | "weekly" | "monthly" | "unlimited";
            /**
             * @description Null for unlimited
             * @example 10
             */
            days: number | null;
            /** @example 2026-01-05T10:00:00+01:00 */
            createdAt: string;
        };
        PlanPage: {
            items: components["schemas"]["PlanView"][];
            total: number;
        };
        GrantPlanRequest: {
            /** Format: uuid */
            planId: string;
            /**
             * @description First local date the member holds the plan
             * @example 2026-04-01
             */
            from: string;
            /**
             * @description Last local date (inclusive); left out or null: until another plan replaces it
             * @example 2026-06-30
             */
            until?: string | null;
        };
        MemberPlanView: {
            /**
             * Format: uuid
             * @description This holding of the plan
             */
            id: string;
            /** Format: uuid */
            userId: string;
            plan: components["schemas"]["PlanView"];
            /** @example 2026-04-01 */
            from: string;
            /** @example 2026-06-30 */
            until: string | null;
            /**
             * Format: uuid
             * @description Who granted it
             */
            grantedBy: string | null;
            /** @example 2026-03-20T11:00:00+01:00 */
            grantedAt: string;
        };
        MemberPlanPage: {
            items: components["schemas"]["MemberPlanView"][];
            total: number;
        };
        EmployerRefView: {
            /** Format: uuid */
            id: string;
            /** @example Airbus Operations */
            name: string;
        };
        QuotaPeriodView: {
            /** @enum {string} */
            unit: "week" | "month" | "validity";
            /** @example 2026-03-30 */
            from: string;
            /**
             * @description Null: a pack with no end
             * @example 2026-04-05
             */
            until: string | null;
        };
        AllowanceView: {
            /**
             * Format: uuid
             * @description The organization (contract) or the member plan (plan)
             */
            id: string;
            /**
             * @description The employer’s or the plan’s name
             * @example Carnet 10 jours
             */
            name: string;
            /**
             * @description Plans only
             * @enum {string|null}
             */
            planKind: "pack" | "weekly" | "monthly" | "unlimited" | null;
            /** @description Contracts: the sites covered (empty: all) */
            siteIds: string[];
            /**
             * @description Days in the period; null: no limit
             * @example 2
             */
            days: number | null;
            period: components["schemas"]["QuotaPeriodView"] | null;
            /**
             * @description Days taken by active bookings in the period
             * @example 1.5
             */
            used: number;
            /**
             * @description Null: no limit
             * @example 0.5
             */
            remaining: number | null;
            /**
             * @description Plans: last date held
             * @example 2026-06-30
             */
            validUntil?: string | null;
        };
        QuotaView: {
            /** @example 2026-03-20 */
            date: string;
            employer: components["schemas"]["EmployerRefView"] | null;
            contract: components["schemas"]["AllowanceView"] | null;
            plan: components["schemas"]["AllowanceView"] | null;
            /** @description True when some bookings would be pay-as-you-go (no plan held that day) */
            payAsYouGo: boolean;
        };
        OccupancyRowView: {
            /**
             * @description The grouping keys, comma-separated
             * @example 0b6c…,2026-03
             */
            key: string;
            /** @example Tiers-lieu d’Auch · mars 2026 */
            label: string;
            /** @example 850 */
            capacityHours: number;
            /** @example 425.5 */
            bookedHours: number;
            /**
             * @description bookedHours / capacityHours
             * @example 0.5006
             */
            occupancyRate: number | null;
            /** @example 57 */
            bookings: number;
            /** @example 21 */
            uniqueMembers: number;
            /** @example 2 */
            noShows: number;
        };
        OccupancyTotalsView: {
            /** @example 850 */
            capacityHours: number;
            /** @example 425.5 */
            bookedHours: number;
            /** @example 0.5006 */
            occupancyRate: number | null;
            /**
             * @description Each booking once, whatever the grouping
             * @example 57
             */
            bookings: number;
            /**
             * @description Each person once over the period
             * @example 21
             */
            uniqueMembers: number;
            /** @example 2 */
            noShows: number;
        };
        OccupancyReportView: {
            rows: components["schemas"]["OccupancyRowView"][];
            /** @description The period over every group */
            totals: components["schemas"]["OccupancyTotalsView"];
        };
        TeleworkDaysRowView: {
            /**
             * @description The grouping keys, comma-separated
             * @example other
             */
            key: string;
            /** @example Autres employeurs (moins de 5 membres) */
            label: string;
            /**
             * @description Person-days: a person once a day, a half-day 0.5
             * @example 42.5
             */
            days: number;
            /**
             * @description Distinct people
             * @example 9
             */
            members: number;
            /**
             * @description Share of the days by people living outside the Gers
             * @example 0.38
             */
            outsideGersShare: number | null;
        };
        TeleworkDaysTotalsView: {
            /** @example 120 */
            days: number;
            /** @example 31 */
            members: number;
            /** @example 0.41 */
            outsideGersShare: number | null;
            /**
             * @description Share of the days with no home commune on record
             * @example 0.05
             */
            unknownHomeShare: number | null;
        };
        TeleworkDaysReportView: {
            rows: components["schemas"]["TeleworkDaysRowView"][];
            totals: components["schemas"]["TeleworkDaysTotalsView"];
        };
        EventsRowView: {
            /** @example workshop */
            key: string;
            /** @example Atelier */
            label: string;
            /**
             * @description Published events (cancelled ones apart)
             * @example 4
             */
            events: number;
            /** @example 1 */
            cancelledEvents: number;
            /**
             * @description Places of the published events
             * @example 60
             */
            capacity: number;
            /**
             * @description Registered and attended
             * @example 45
             */
            registrations: number;
            /** @example 3 */
            waitlisted: number;
            /** @example 30 */
            attendance: number;
            /**
             * @description registrations / capacity
             * @example 0.75
             */
            fillRate: number | null;
            /**
             * @description attendance / registrations
             * @example 0.6667
             */
            attendanceRate: number | null;
        };
        EventsReportView: {
            rows: components["schemas"]["EventsRowView"][];
        };
        NewcomersRowView: {
            /**
             * @description The grouping keys, comma-separated (`none`: no EPCI)
             * @example 200066926,2026
             */
            key: string;
            /** @example CA Grand Auch Cœur de Gascogne · 2026 */
            label: string;
            /**
             * @description Soho Solo newcomers settled (status settled) in the group
             * @example 3
             */
            settled: number;
        };
        NewcomersTotalsView: {
            /** @example 7 */
            settled: number;
        };
        NewcomersReportView: {
            rows: components["schemas"]["NewcomersRowView"][];
            /** @description The period over every group */
            totals: components["schemas"]["NewcomersTotalsView"];
        };
        /** @enum {string} */
        NewcomerProjectKind: "telework" | "freelance" | "business_creation" | "business_takeover" | "other";
        /** @enum {string} */
        NewcomerHousingWish: "rent" | "buy" | "either";
        /** @enum {string} */
        NewcomerMoveTiming: "within_6_months" | "within_a_year" | "later" | "undecided";
        NewcomerIntakeRequest: {
            /** @example Claire */
            firstName: string;
            /** @example Dupuy */
            lastName: string;
            /** @example claire.dupuy@example.fr */
            email: string;
            /** @example 06 12 34 56 78 */
            phone?: string;
            /**
             * @description Where they live now
             * @example Bordeaux
             */
            currentCity: string;
            /**
             * @description Their trade
             * @example Graphiste
             */
            profession: string;
            projectKind: components["schemas"]["NewcomerProjectKind"];
            /** @example Un village avec une école, à moins d’une heure de Toulouse */
            wishes: string;
            /** @description Consent to be contacted and to have the file kept for the stated period; anything else is a 400 */
            consent: boolean;
            /** @description Adults in the household */
            adults?: number;
            /** @description Children in the household (schools) */
            children?: number;
            /**
             * @description The area they have in mind
             * @example Astarac, Val de Gers
             */
            wishedArea?: string;
            /**
             * @description A village or town they have in mind (INSEE code)
             * @example 32013
             */
            wishedCommuneCode?: string;
            housing?: components["schemas"]["NewcomerHousingWish"];
            /** @description They need fibre broadband */
            fibreNeeded?: boolean;
            /** @description At most this many minutes to a railway station */
            maxMinutesToStation?: number;
            /** @description At most this many minutes to Toulouse */
            maxMinutesToToulouse?: number;
            timing?: components["schemas"]["NewcomerMoveTiming"];
            /**
             * @description The language of the mails they get; French when left out
             * @enum {string}
             */
            locale?: "fr" | "en";
            /** @description Leave empty (a field hidden from people) */
            website?: string;
        };
        /** @enum {string} */
        NewcomerStatus: "new" | "contacted" | "visiting" | "settled" | "dropped";
        NewcomerReceipt: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["NewcomerStatus"];
        };
        CommuneRef: {
            /** @example 32013 */
            code: string;
            /** @example Auch */
            name: string;
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
        };
        NewcomerView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["NewcomerStatus"];
            firstName: string;
            lastName: string;
            email: string;
            phone: string | null;
            currentCity: string;
            profession: string;
            projectKind: components["schemas"]["NewcomerProjectKind"];
            wishes: string;
            adults: number | null;
            children: number | null;
            wishedArea: string | null;
            wishedCommune: components["schemas"]["CommuneRef"] | null;
            housing: components["schemas"]["NewcomerHousingWish"] | null;
            fibreNeeded: boolean | null;
            maxMinutesToStation: number | null;
            maxMinutesToToulouse: number | null;
            timing: components["schemas"]["NewcomerMoveTiming"] | null;
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description The officer in charge */
            officer: components["schemas"]["PersonRef"] | null;
            welcomeCommune: components["schemas"]["CommuneRef"] | null;
            /** Format: date */
            nextActionDate: string | null;
            nextActionNote: string | null;
            /** @example 2026-11-29T14:00:00+01:00 */
            consentedAt: string;
            /**
             * @description Anonymised after this, unless active again
             * @example 2029-11-29T14:00:00+01:00
             */
            retainUntil: string;
            /**
             * @description When the file last became `settled` (null while it is not): the reports’ year of settling
             * @example 2027-05-12T10:30:00+02:00
             */
            settledAt: string | null;
            anonymised: boolean;
            /** @example 2026-11-29T14:00:00+01:00 */
            createdAt: string;
            /** @example 2026-11-29T14:00:00+01:00 */
            updatedAt: string;
        };
        NewcomerPage: {
            items: components["schemas"]["NewcomerView"][];
            total: number;
        };
        /**
         * @description `note`: `text` is the note. `status`: `value` is the new status. `officer`: `value` is the officer id (null: unassigned). `welcome_commune`: `value` is the INSEE code (or null). `next_action`: `value` the date, `text` what to do. `mail`: `value` names the mail (`acknowledgement`). `created`, `anonymised`.
         * @enum {string}
         */
        NewcomerTimelineKind: "created" | "note" | "status" | "officer" | "welcome_commune" | "next_action" | "mail" | "anonymised" | "trial_day" | "account";
        NewcomerTimelineEntryView: {
            /** Format: uuid */
            id: string;
            /** @description `note`: `text` is the note. `status`: `value` is the new status. `officer`: `value` is the officer id (null: unassigned). `welcome_commune`: `value` is the INSEE code (or null). `next_action`: `value` the date, `text` what to do. `mail`: `value` names the mail (`acknowledgement`). `created`, `anonymised`. */
            kind: components["schemas"]["NewcomerTimelineKind"];
            /** @example 2026-11-29T14:00:00+01:00 */
            at: string;
            /** @description The officer; null for the form, mails and tasks */
            author: components["schemas"]["PersonRef"] | null;
            text: string | null;
            value: string | null;
        };
        NewcomerDetailView: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["NewcomerStatus"];
            firstName: string;
            lastName: string;
            email: string;
            phone: string | null;
            currentCity: string;
            profession: string;
            projectKind: components["schemas"]["NewcomerProjectKind"];
            wishes: string;
            adults: number | null;
            children: number | null;
            wishedArea: string | null;
            wishedCommune: components["schemas"]["CommuneRef"] | null;
            housing: components["schemas"]["NewcomerHousingWish"] | null;
            fibreNeeded: boolean | null;
            maxMinutesToStation: number | null;
            maxMinutesToToulouse: number | null;
            timing: components["schemas"]["NewcomerMoveTiming"] | null;
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description The officer in charge */
            officer: components["schemas"]["PersonRef"] | null;
            welcomeCommune: components["schemas"]["CommuneRef"] | null;
            /** Format: date */
            nextActionDate: string | null;
            nextActionNote: string | null;
            /** @example 2026-11-29T14:00:00+01:00 */
            consentedAt: string;
            /**
             * @description Anonymised after this, unless active again
             * @example 2029-11-29T14:00:00+01:00
             */
            retainUntil: string;
            /**
             * @description When the file last became `settled` (null while it is not): the reports’ year of settling
             * @example 2027-05-12T10:30:00+02:00
             */
            settledAt: string | null;
            anonymised: boolean;
            /** @example 2026-11-29T14:00:00+01:00 */
            createdAt: string;
            /** @example 2026-11-29T14:00:00+01:00 */
            updatedAt: string;
            timeline: components["schemas"]["NewcomerTimelineEntryView"][];
        };
        UpdateNewcomerRequest: {
            /** @description In any order */
            status?: components["schemas"]["NewcomerStatus"];
            /**
             * Format: uuid
             * @description A network officer (400 naming `officerId` if the account is not one)
             */
            officerId?: string | null;
            /**
             * @description Any French commune (INSEE code; 400 naming `welcomeCommuneCode` if none has it)
             * @example 32013
             */
            welcomeCommuneCode?: string | null;
            /**
             * Format: date
             * @example 2026-12-04
             */
            nextActionDate?: string | null;
            /** @example Rappeler après la visite de Mirande */
            nextActionNote?: string | null;
        };
        NewcomerNoteRequest: {
            /** @example Appelée : elle visite Mirande samedi. */
            text: string;
        };
        Object: Record<string, never>;
        SuggestionOrigin: {
            /**
             * @description What of the file placed it
             * @enum {string}
             */
            kind: "commune" | "epci";
            /** @example 32013 */
            code: string;
            /** @example Auch */
            name: string;
            /** @description True when the point is the mean position of the tiers-lieux of the commune’s EPCI (the commune holds none, and reference communes carry no coordinates), false when it is the commune’s own tiers-lieux */
            approximate: boolean;
        };
        SuggestedSite: {
            /** Format: uuid */
            id: string;
            /** @example Tiers-lieu d’Auch */
            name: string;
            /** @example tiers-lieu-d-auch */
            slug: string;
            /** @example 32013 */
            communeCode: string;
            /** @example Auch */
            communeName: string;
            epciCode: string | null;
            /**
             * @description As the crow flies from the origin, in km (one decimal)
             * @example 12.4
             */
            distanceKm: number;
        };
        SuggestedSitesPage: {
            /** @description Null when the file names no place we can find */
            origin: components["schemas"]["SuggestionOrigin"] | null;
            items: components["schemas"]["SuggestedSite"][];
            /** @description Published sites in all */
            total: number;
        };
        /** @enum {string} */
        TrialDayState: "sent" | "accepted" | "expired" | "withdrawn";
        TrialDayView: {
            /** Format: uuid */
            id: string;
            state: components["schemas"]["TrialDayState"];
            /** Format: uuid */
            siteId: string;
            siteName: string;
            /**
             * Format: uuid
             * @description Null: any free desk
             */
            resourceId: string | null;
            resourceName: string | null;
            /** @example desk */
            kind: string;
            /** Format: date */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            offeredBy: components["schemas"]["PersonRef"] | null;
            offeredAt: string;
            /** @description When the invitation mail left */
            sentAt: string | null;
            /** @description The link works until then */
            expiresAt: string;
            acceptedAt: string | null;
            withdrawnAt: string | null;
            /**
             * Format: uuid
             * @description The booking made at acceptance
             */
            bookingId: string | null;
            /**
             * Format: uuid
             * @description The account it was booked on
             */
            userId: string | null;
        };
        TrialDayPage: {
            items: components["schemas"]["TrialDayView"][];
            total: number;
        };
        OfferTrialDayRequest: {
            /**
             * Format: uuid
             * @description A published site
             */
            siteId: string;
            /**
             * Format: date
             * @description The site’s local date
             * @example 2026-12-04
             */
            date: string;
            /**
             * @default full_day
             * @enum {string}
             */
            slot: "full_day" | "morning" | "afternoon";
            /**
             * Format: uuid
             * @description A desk (or other resource) of the site; left out, any free desk is chosen when they accept
             */
            resourceId?: string;
        };
        TrialDayInvitationView: {
            firstName: string;
            lastName: string;
            /** @description The account is opened with this address */
            email: string;
            siteName: string;
            siteSlug: string;
            siteAddress: string;
            /** Format: date */
            date: string;
            /** @enum {string} */
            slot: "full_day" | "morning" | "afternoon";
            /** @description Null when the site no longer opens that day */
            start: string | null;
            end: string | null;
            expiresAt: string;
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description An account has this address: sign in with it, then accept */
            accountExists: boolean;
        };
        AcceptTrialDayRequest: {
            /** @description The new account’s password (the sign-up rules); left out when accepting signed in with the account of the invitation’s address */
            password?: string;
        };
        TrialDayAcceptance: {
            booking: components["schemas"]["BookingView"];
            /** @description The new account and its session; absent when accepted signed in */
            session?: components["schemas"]["AuthResponse"];
        };
        LegalPageView: {
            /**
             * @example accessibility
             * @enum {string}
             */
            page: "accessibility" | "privacy" | "legal-notice";
            /**
             * @example fr
             * @enum {string}
             */
            lang: "fr" | "en";
            /**
             * @description The page title, its h1
             * @example Déclaration d’accessibilité
             */
            title: string;
            /**
             * @description The body rendered from Markdown by the safe renderer: only p br h2–h6 ul ol li blockquote hr strong em code and http(s)/mailto links
             * @example <h2>État de conformité</h2>
             *     <p>Bastide est <strong>non conforme</strong>…</p>
             */
            html: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    JobsAdmin_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only messages in this state */
                state?: "failed" | "pending" | "scheduled" | "sent";
                /** @description Only messages of this job kind */
                kind?: "identity.welcome" | "identity.password-reset" | "identity.email-change" | "booking.confirmed" | "booking.cancelled" | "booking.reminder" | "waitlist.promote" | "booking.waitlist-promoted" | "booking.no-show-release" | "booking.no-show-released" | "event.cancelled" | "event.changed" | "event.promoted" | "event.registered" | "event.waitlisted" | "event.reminder" | "community.announcement" | "host.daily-sheet" | "reporting.monthly-summary" | "newcomer.acknowledgement" | "newcomer.next-action-reminder" | "newcomer.trial-day-invitation";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Outbox messages (mails, reminders, promotions): failed ones newest first, pending and scheduled ones by due time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPage"];
                };
            };
        };
    };
    JobsAdmin_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages per state, failed ones per kind, the oldest pending one, and whether BullMQ is in use */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsSummary"];
                };
            };
        };
    };
    JobsAdmin_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The failed message gets its tries back, due now (audited); with Redis its kept BullMQ job is removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobView"];
                };
            };
            /** @description No such message */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `job-not-failed`: only a failed message is retried; `job-in-progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `queue-unreachable`: Redis does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JobsAdmin_openDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sets a 15-minute HttpOnly, SameSite=Strict cookie for `/api/admin/queues`, where the BullMQ dashboard is served */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `queue-dashboard-unavailable`: without REDIS_URL jobs run in-process and there is no dashboard */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Metrics_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, in Prometheus text format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No bearer token, or not METRICS_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description METRICS_TOKEN is not set: the endpoint is off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessView"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL answers; Redis or SMTP may be degraded (status degraded, naming which) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
            /** @description PostgreSQL does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
        };
    };
    Audit_find: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                actorId?: string;
                /** @description Id of the site, user, booking... acted on */
                subjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Officers' and hosts' actions on others' data, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    Territory_communes: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Department code (32 for the Gers, 2A/2B for Corsica, 971… overseas) */
                department?: string;
                /** @description Part of the name (accents and case ignored), or the start of a postal or INSEE code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Communes, filtered by department and name or postal code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunePage"];
                };
            };
        };
    };
    Territory_epcis: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only EPCI with at least one commune in this department */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description EPCI with at least one commune in the department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpciPage"];
                };
            };
        };
    };
    NotificationPreferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which optional e-mails the caller receives, whether they receive community mail, and in which language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    NotificationPreferences_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesChange"];
            };
        };
        responses: {
            /** @description The preferences after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description E-mail address already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in, or, with two-factor on, the challenge to complete with POST /auth/mfa */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"] | components["schemas"]["MfaChallenge"];
                };
            };
            /** @description Wrong e-mail address or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Account locked after repeated failures, or too many requests from this address (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new pair; the presented refresh token stops working */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairView"];
                };
            };
            /** @description Unknown, expired, revoked or already used refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session and its refresh token are revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkTokenRequest"];
            };
        };
        responses: {
            /** @description The address (or the new address) is confirmed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the address has an account, a reset link is on its way (the answer never tells) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmation"];
            };
        };
        responses: {
            /** @description The password is changed and every session signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    Me_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account is erased; past bookings remain only as anonymous figures */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    Me_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything Bastide holds about the caller (GDPR right of access), as JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    Me_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Password changed; the other sessions are signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChange"];
            };
        };
        responses: {
            /** @description A confirmation link is sent to the new address; it is used once confirmed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_find: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of the name or e-mail address (case ignored) */
                q?: string;
                /** @description Only accounts of this stored role: `admin` lists the network officers (for assigning a file); hosts are `member` accounts that host a site */
                role?: "member" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Find accounts by name or e-mail address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    TwoFactor_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaSignInRequest"];
            };
        };
        responses: {
            /** @description Second step of a sign-in with two-factor on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            /** @description Wrong code, or the sign-in step expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactor_setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret for the authenticator app, pending a first code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSetupView"];
                };
            };
        };
    };
    TwoFactor_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesView"];
                };
            };
        };
    };
    TwoFactor_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeRequest"];
            };
        };
        responses: {
            /** @description Two-factor sign-in is off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Sites_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Anything but published is for network officers (403 otherwise) */
                status?: "published" | "draft" | "archived" | "all";
                /** @description INSEE code of the commune */
                communeCode?: string;
                /** @description SIREN of the EPCI */
                epciCode?: string;
                /** @description Repeat to ask for several: only sites offering all of them */
                amenity?: ("fibre" | "parking" | "bike_shelter" | "ev_charging" | "kitchen" | "accessible" | "meeting_room" | "phone_box" | "printer" | "showers" | "coffee" | "garden" | "lockers")[];
                /** @description Part of the site’s or its commune’s name; accents and case ignored */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published sites, by name (officers: any status) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitePage"];
                };
            };
        };
    };
    Sites_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSiteRequest"];
            };
        };
        responses: {
            /** @description The new site, as a draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDetailView"];
                };
            };
        };
    };
    Sites_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A published site; admins and its hosts also see drafts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDetailView"];
                };
            };
        };
    };
    Sites_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDetailView"];
                };
            };
        };
    };
    SiteClosures_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description First date (inclusive); all dates when left out */
                from?: string;
                /** @description Last date (inclusive) */
                to?: string;
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closures in date order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosurePage"];
                };
            };
        };
    };
    SiteClosures_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClosureRequest"];
            };
        };
        responses: {
            /** @description The site is closed that day; 409 if it already was */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureView"];
                };
            };
        };
    };
    SiteClosures_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
                closureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site opens that day again, as its week says */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Resources_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active resources of the site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourcePage"];
                };
            };
        };
    };
    Resources_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceView"];
                };
            };
        };
    };
    Resources_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated: no new bookings, past ones kept */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Resources_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceView"];
                };
            };
        };
    };
    SiteHosts_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hosts of the site, first appointed first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteHostPage"];
                };
            };
        };
    };
    SiteHosts_appoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user hosts the site, from their next request on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SiteHosts_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user no longer hosts the site */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Bookings_search: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Local date (with slot) */
                date?: string;
                slot?: "full_day" | "morning" | "afternoon";
                /** @description With end, instead of date and slot */
                start?: string;
                end?: string;
                siteId?: string;
                communeCode?: string;
                epciCode?: string;
                kind?: "desk" | "meeting_room" | "private_office" | "phone_booth";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published sites open then, with their free resources */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityPage"];
                };
            };
        };
    };
    Bookings_book: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
        };
    };
    Bookings_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description First local date (inclusive) */
                from?: string;
                /** @description Last local date (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
        };
    };
    Bookings_forSite: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                /** @description Local date in the site’s zone */
                date: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is booked that day, with their names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteBookingPage"];
                };
            };
        };
    };
    Bookings_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
        };
    };
    Bookings_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site’s team marks a started booking whose holder did not come; its place goes to the waitlist */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
        };
    };
    Bookings_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingView"];
                };
            };
        };
    };
    BookingSeries_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingSeriesRequest"];
            };
        };
        responses: {
            /** @description Each date booked or reported as a conflict with its reason; never all or nothing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSeriesCreated"];
                };
            };
        };
    };
    BookingSeries_cancel: {
        parameters: {
            query?: {
                /** @description First local date to cancel (inclusive) */
                from?: string;
                /** @description Last local date to cancel (inclusive) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancels the series’ bookings still to come (from/to: only those dates); 404 for anyone but its member */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BookingSeries_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s series, newest first, with their next dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSeriesPage"];
                };
            };
        };
    };
    Waitlist_join: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinWaitlistRequest"];
            };
        };
        responses: {
            /** @description In line (position from 1); when a place of that kind frees then, the first in line is booked and told by mail. 409 already in that line or already booked then; 422 not bookable then, or a place is free */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntryView"];
                };
            };
        };
    };
    Waitlist_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Out of the line; 404 for anyone but its member */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Waitlist_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description First local date (inclusive); default today */
                from?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s entries from today on, with their positions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistPage"];
                };
            };
        };
    };
    Waitlist_forSite: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                /** @description Local date in the site’s zone */
                date: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site’s lines that day, who waits first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteWaitlistPage"];
                };
            };
        };
    };
    SiteMembers_find: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                /** @description Words of a name or an e-mail address (case and accents ignored), or an e-mail address in full, which finds its account even if it never booked at the site */
                q: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the site’s team, to book in a member’s name: the members who booked at the site in the last 12 months (or hold a booking to come) matching q, and the account whose e-mail address is q, by last name. 400 for q under 2 characters; 403 for a host of another site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteMemberPage"];
                };
            };
        };
    };
    Events_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Events still running on or after this local date (inclusive); default: events not over yet */
                from?: string;
                /** @description Events starting on or before this local date */
                to?: string;
                siteId?: string;
                /** @description EPCI of the event’s site */
                epciCode?: string;
                category?: "workshop" | "afterwork" | "training" | "telework_cafe" | "open_day" | "talk" | "other";
                /** @description Hosts and officers: anything but `published` lists only the events they manage (a host: their sites’); 403 for members */
                status?: "published" | "draft" | "cancelled" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The network’s published events by start; members-only ones only to signed-in accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
        };
    };
    Events_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventRequest"];
            };
        };
        responses: {
            /** @description A draft; with roomId the room is reserved (409 when taken) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    Events_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event as an RFC 5545 calendar (one VEVENT, stable UID, STATUS:CANCELLED once cancelled) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
        };
    };
    Events_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 for a draft or a members-only event the caller may not see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    Events_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventRequest"];
            };
        };
        responses: {
            /** @description Registrants are told of a change of time or place; 422 for a capacity below the number registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    Events_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    Events_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Frees the room and tells every registrant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    Events_duplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateEventRequest"];
            };
        };
        responses: {
            /** @description A draft copy, by default one week later at the same local time; its room reserved anew */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    EventRegistrations_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only these */
                status?: "registered" | "waitlisted" | "attended";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Registered, attended and waitlisted (with positions) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
        };
    };
    EventRegistrations_register: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A place, or a place in line with its position; 409 already registered or waitlisted; 422 after the deadline or for a cancelled event */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"];
                };
            };
        };
    };
    EventRegistrations_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancels the caller’s registration or place in line; the first in line is promoted and told */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventRegistrations_exportCsv: {
        parameters: {
            query?: {
                /** @description Language of the header and statuses */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attendee list as CSV (UTF-8 with BOM, semicolons, formulas neutralised) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    EventRegistrations_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceRequest"];
            };
        };
        responses: {
            /** @description Marked attended (or, with attended: false, unmarked) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationView"];
                };
            };
        };
    };
    EventRegistrations_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Events running on or after this local date; default: events not over yet */
                from?: string;
                /** @description Events starting on or before this local date */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s registrations, by event start */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRegistrationPage"];
                };
            };
        };
    };
    EventSeries_create: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Same key, same user: the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventSeriesRequest"];
            };
        };
        responses: {
            /** @description One event per week; a week whose room is taken or whose time does not exist is a conflict */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeriesCreated"];
                };
            };
        };
    };
    EventSeries_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 404 for anyone but its site’s hosts and officers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeriesView"];
                };
            };
        };
    };
    EventSeries_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancels its events still to come; registrants are told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeriesView"];
                };
            };
        };
    };
    Directory_myProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s card; hidden (listed: false) until they list it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryProfileView"];
                };
            };
        };
    };
    Directory_saveMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryProfileRequest"];
            };
        };
        responses: {
            /** @description The card replaced; 400 for a site that is not published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryProfileView"];
                };
            };
        };
    };
    Directory_search: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only the cards attached to this site */
                siteId?: string;
                /** @description Only the cards with this skill (accents ignored) */
                skill?: string;
                /** @description Words found in the name, trade, skills or help text (accents ignored) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Listed cards only; an e-mail address only when its member shows it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPage"];
                };
            };
        };
    };
    Directory_skills: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Skills that start with this, or have a word that does */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skills of listed cards, for the search’s autocomplete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillPage"];
                };
            };
        };
    };
    Announcements_history: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPage"];
                };
            };
        };
    };
    Announcements_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementRequest"];
            };
        };
        responses: {
            /** @description Mailed to each recipient (recipientCount) through the outbox; 429 with Retry-After when the site already sent one today (its local day), 422 no-recipients */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementView"];
                };
            };
        };
    };
    Announcements_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementPreviewRequest"];
            };
        };
        responses: {
            /** @description The mail as rendered, and its recipient count; sends nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPreview"];
                };
            };
        };
    };
    Unsubscribe_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the link stops and whether it is stopped already; changes nothing (mail scanners follow links). 404 for a forged link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeView"];
                };
            };
        };
    };
    Unsubscribe_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribes; the target of List-Unsubscribe-Post (RFC 8058: body List-Unsubscribe=One-Click, ignored). Twice changes nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeView"];
                };
            };
        };
    };
    Unsubscribe_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the caller stopped receiving; siteId null: all community mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscriptionPage"];
                };
            };
        };
    };
    Unsubscribe_resubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Receives those mails again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Calendars_siteEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site’s published public events from 30 days ago on, one VEVENT each (cancelled ones CANCELLED) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description No such published site */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Calendars_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address of the caller’s secret calendar feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description The caller has no feed yet (POST makes one) or revoked it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Calendars_renew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new address for the caller’s feed; the previous address stops working at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
        };
    };
    Calendars_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed is revoked: its address answers 404 from now on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Calendars_memberFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of the feed’s address (the only credential) */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member’s bookings and registered events from 30 days ago on (cancelled bookings CANCELLED) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Unknown or revoked token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WelcomeVillages_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Published villages; `false` or `all` are for network officers (403 otherwise) */
                published?: "true" | "false" | "all";
                /** @description SIREN of the EPCI */
                epciCode?: string;
                /** @description Repeat to ask for several: only villages offering all of them */
                offer?: components["schemas"]["WelcomeVillageOffer"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published welcome villages by commune name, with their relay’s contact (officers: any) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WelcomeVillagePage"];
                };
            };
        };
    };
    WelcomeVillages_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWelcomeVillageRequest"];
            };
        };
        responses: {
            /** @description The new welcome village (unpublished by default) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WelcomeVillageView"];
                };
            };
            /** @description Invalid fields, an unknown commune, or half a position */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The commune is already a welcome village */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WelcomeVillages_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A published village; officers also see the others */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WelcomeVillageView"];
                };
            };
        };
    };
    WelcomeVillages_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commune no longer volunteers; files that chose it keep it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WelcomeVillages_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWelcomeVillageRequest"];
            };
        };
        responses: {
            /** @description The village as changed (publish with `published`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WelcomeVillageView"];
                };
            };
            /** @description Invalid fields, or half a position */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Organizations_find: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of the name (accents and case ignored) or the SIREN */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Employers by name, found by name or SIREN */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPage"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The new employer (409 if its SIREN is taken) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailView"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The employer, its contract and its members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailView"];
                };
            };
        };
    };
    Organizations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailView"];
                };
            };
        };
    };
    Organizations_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization is the user’s employer (moved from any previous one) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Organizations_detach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user no longer has this employer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Plans_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPage"];
                };
            };
        };
    };
    Plans_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanRequest"];
            };
        };
        responses: {
            /** @description A new plan in the network’s catalogue */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
        };
    };
    Plans_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantPlanRequest"];
            };
        };
        responses: {
            /** @description The member holds the plan from `from`; it replaces what they held from then on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPlanView"];
                };
            };
        };
    };
    Plans_listFor: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans a member holds or held, the latest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPlanPage"];
                };
            };
        };
    };
    Plans_myQuota: {
        parameters: {
            query?: {
                /** @description The local date to look at; today by default */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What covers the caller’s bookings and what is left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaView"];
                };
            };
        };
    };
    Reports_occupancy: {
        parameters: {
            query: {
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive); at most six years after from */
                to: string;
                /** @description csv: text/csv, UTF-8 with a byte-order mark */
                format?: "json" | "csv";
                /** @description CSV numbers: point (1234.5, comma-separated, the default) or comma (1234,5, semicolon-separated) */
                decimal?: "point" | "comma";
                /** @description One or two of site, epci, day, week, month, weekday, halfDay, kind, comma-separated (default site) */
                groupBy?: string;
                siteId?: string;
                /** @description SIREN of an EPCI */
                epciCode?: string;
                kind?: "desk" | "meeting_room" | "private_office" | "phone_booth";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Capacity, booked hours and occupancy per group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupancyReportView"];
                    "text/csv": components["schemas"]["OccupancyReportView"];
                };
            };
        };
    };
    Reports_teleworkDays: {
        parameters: {
            query: {
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive); at most six years after from */
                to: string;
                /** @description csv: text/csv, UTF-8 with a byte-order mark */
                format?: "json" | "csv";
                /** @description CSV numbers: point (1234.5, comma-separated, the default) or comma (1234,5, semicolon-separated) */
                decimal?: "point" | "comma";
                /** @description One or two of organization, homeCommune, homeEpci, site, month, comma-separated (default organization) */
                groupBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Person-days in the network’s sites per group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeleworkDaysReportView"];
                    "text/csv": components["schemas"]["TeleworkDaysReportView"];
                };
            };
        };
    };
    Reports_events: {
        parameters: {
            query: {
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive); at most six years after from */
                to: string;
                /** @description csv: text/csv, UTF-8 with a byte-order mark */
                format?: "json" | "csv";
                /** @description CSV numbers: point (1234.5, comma-separated, the default) or comma (1234,5, semicolon-separated) */
                decimal?: "point" | "comma";
                /** @description One or two of site, category, month, comma-separated (default site) */
                groupBy?: string;
                siteId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events, registrations, attendance and fill rate per group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsReportView"];
                    "text/csv": components["schemas"]["EventsReportView"];
                };
            };
        };
    };
    Reports_newcomers: {
        parameters: {
            query: {
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive); at most six years after from */
                to: string;
                /** @description csv: text/csv, UTF-8 with a byte-order mark */
                format?: "json" | "csv";
                /** @description CSV numbers: point (1234.5, comma-separated, the default) or comma (1234,5, semicolon-separated) */
                decimal?: "point" | "comma";
                /** @description One or two of epci, year, comma-separated (default epci,year) */
                groupBy?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soho Solo newcomers settled in the period, per EPCI (welcome commune, else wished) and year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomersReportView"];
                    "text/csv": components["schemas"]["NewcomersReportView"];
                };
            };
        };
    };
    Reports_export: {
        parameters: {
            query: {
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive); at most six years after from */
                to: string;
                /** @description Numbers of the CSV files, as for each report */
                decimal?: "point" | "comma";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every report of the period as CSV files in a zip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Newcomers_find: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["NewcomerStatus"];
                /** @description Files assigned to this officer */
                officerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline, newest first (anonymised files left out), a page at a time: `limit` (default 50, at most 500) files from `offset`; `total` counts every file the filters match, so a board asks each status for its own pages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerPage"];
                };
            };
        };
    };
    Newcomers_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewcomerIntakeRequest"];
            };
        };
        responses: {
            /** @description The file is open; an acknowledgement mail follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerReceipt"];
                };
            };
            /** @description Invalid fields, or `consent` not true */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Newcomers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file and its timeline, oldest entry first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerDetailView"];
                };
            };
        };
    };
    Newcomers_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased at the newcomer’s request: the file is anonymised */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Newcomers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNewcomerRequest"];
            };
        };
        responses: {
            /** @description The whole file, changes on its timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerDetailView"];
                };
            };
        };
    };
    Newcomers_addNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewcomerNoteRequest"];
            };
        };
        responses: {
            /** @description The dated note, with its author */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerTimelineEntryView"];
                };
            };
        };
    };
    TrialDays_suggestedSites: {
        parameters: {
            query?: {
                limit?: components["schemas"]["Object"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published tiers-lieux nearest the wished commune (else the wished area as a commune or EPCI of the Gers, else the welcome commune), nearest first, with the distance as the crow flies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestedSitesPage"];
                };
            };
        };
    };
    TrialDays_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trial days offered on the file, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDayPage"];
                };
            };
        };
    };
    TrialDays_offer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. 422 if the key was first sent with a different request, 409 while that request is still in progress. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferTrialDayRequest"];
            };
        };
        responses: {
            /** @description Offered; the invitation mail with its link follows */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDayView"];
                };
            };
            /** @description An invitation is already waiting on this file, or no desk is free that day */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Site not published, closed that day, past or beyond the horizon */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrialDays_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                trialDayId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn: the link no longer works */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDayView"];
                };
            };
            /** @description Already accepted, withdrawn or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrialDays_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation the mailed link names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDayInvitationView"];
                };
            };
            /** @description Unknown link, or (type `trial-day-link-closed`, with `state`) one used, withdrawn or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrialDays_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptTrialDayRequest"];
            };
        };
        responses: {
            /** @description Accepted: signed out, the member account is opened (with `session`) and the day booked on it; signed in with the account of the invitation’s address, the day is booked on it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDayAcceptance"];
                };
            };
            /** @description Signed in with an account of another address */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown, used, withdrawn or expired link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An account has this address (sign in, then accept), or no desk is free */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests from this address (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Legal_page: {
        parameters: {
            query?: {
                /** @description The language of the text */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                page: "accessibility" | "privacy" | "legal-notice";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accessibility statement, privacy notice or legal notices, from LEGAL_CONTENT_DIR */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalPageView"];
                };
            };
            /** @description `lang` is neither fr nor en */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such page */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
