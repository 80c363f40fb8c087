// Generated from the backend OpenAPI document by `npm run api:types`. Do not edit.

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        };
        AuthResponse: {
            user: components["schemas"]["MeView"];
            accessToken: string;
            refreshToken: string;
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
        UpdateMeRequest: {
            firstName?: string;
            lastName?: string;
            /** @description INSEE code of the home commune, or null */
            homeCommuneCode?: string | null;
            /** @enum {string} */
            locale?: "fr" | "en";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
            /** @description PostgreSQL answers (Redis may be degraded) */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
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
    Users_find: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of the name or e-mail address (case ignored) */
                q?: string;
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
}
