// Generated from the server's OpenAPI document by scripts/admin-api-schema.ts: do not edit.
// A test fails when this file no longer matches the API; run `npx tsx scripts/admin-api-schema.ts`.
export interface paths {
    "/api/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account you are signed in to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys of the account (names, scopes, last use; never the secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiKey"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; its secret is shown only in this response */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("account:read" | "account:write" | "channels:read" | "channels:write" | "jobs:read" | "jobs:write" | "commerce:read" | "commerce:write" | "reviews:read" | "reviews:write" | "loyalty:read" | "loyalty:write" | "connectors:read" | "connectors:write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKey: components["schemas"]["ApiKey"];
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
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
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
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
        /**
         * Sign in with email and password (and a TOTP or recovery code when two-factor is on); sets the session cookie
         * @description Answers 401 `totp_required` when the password is right but the user has two-factor on and the body has neither `totp` nor `recoveryCode` (no session is made). Failed attempts are throttled per address and account (429 with Retry-After).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        /** @description A single-use recovery code instead of the TOTP code */
                        recoveryCode?: string;
                        /** @description The 6-digit code, when two-factor is on */
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as the X-CSRF-Token header with every non-GET request made with the session cookie */
                            csrfToken: string;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
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
        /** End the current session (with the session cookie, send X-CSRF-Token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in: the user or API key, its account and scopes (and the CSRF token) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: components["schemas"]["Account"];
                            /** @description Send it as the X-CSRF-Token header with every non-GET request made with the session cookie */
                            csrfToken?: string;
                            scopes: string[];
                            user: components["schemas"]["User"] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (required after a one-time password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-factor enrolment: a new TOTP secret and its otpauth URI (for a QR code)
         * @description Nothing changes at sign-in until POST /api/v1/auth/totp/confirm; starting again replaces the secret.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUri: string;
                            /** @description base32 */
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Turn two-factor off (your password confirms it); the recovery codes go too */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor on with a code from the app; answers the recovery codes, only this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Channels of the account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Channel"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a channel (one shop or storefront) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 4217, e.g. PLN */
                        currency: string;
                        /** @description en, pl, cs, sv or de */
                        defaultLocale: string;
                        /** @description The shop host name, e.g. shop.example.com */
                        domain: string;
                        name: string;
                        /** @description IANA, e.g. Europe/Warsaw */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            defaultLocale: string;
                            domain: string;
                            id: string;
                            name: string;
                            /** @description Safe to publish: widgets and public URLs use it. */
                            publicId: string;
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/contacts-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts settings of a channel: the default tags of new customers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** @description Comma-separated, without spaces, e.g. vip,newsletter */
                            defaultTags: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Set the default tags (comma-separated, without spaces) given to new customers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Comma-separated, without spaces, e.g. vip,newsletter */
                        defaultTags: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** @description Comma-separated, without spaces, e.g. vip,newsletter */
                            defaultTags: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers of a channel, newest first; filter by email prefix, tag or consent */
        get: {
            parameters: {
                query?: {
                    consent?: "unknown" | "pending" | "subscribed" | "unsubscribed";
                    cursor?: string;
                    /** @description Email prefix */
                    email?: string;
                    limit?: number;
                    /** @description Letters, digits, _ - . : */
                    tag?: string;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ContactsCustomer"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create or update a customer by email (201 created, 200 updated); tags are added */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthday?: string | null;
                        consent?: {
                            /** Format: date-time */
                            changedAt?: string;
                            doubleOptIn?: boolean;
                            /** @enum {string} */
                            status: "pending" | "subscribed" | "unsubscribed";
                        };
                        email: string;
                        externalId?: {
                            id: string;
                            platform: string;
                        };
                        firstName?: string | null;
                        lastName?: string | null;
                        locale?: string | null;
                        phone?: string | null;
                        registeredAt?: string | null;
                        /** @description Added to the stored tags */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthday: string | null;
                            channelId: string;
                            /** @enum {string} */
                            consent: "unknown" | "pending" | "subscribed" | "unsubscribed";
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            email: string;
                            /** @description Per platform, e.g. { "shopify": "7012" } */
                            externalIds: {
                                [key: string]: string;
                            };
                            firstName: string | null;
                            lastName: string | null;
                            locale: string | null;
                            phone: string | null;
                            registeredAt: string | null;
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthday: string | null;
                            channelId: string;
                            /** @enum {string} */
                            consent: "unknown" | "pending" | "subscribed" | "unsubscribed";
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            email: string;
                            /** @description Per platform, e.g. { "shopify": "7012" } */
                            externalIds: {
                                [key: string]: string;
                            };
                            firstName: string | null;
                            lastName: string | null;
                            locale: string | null;
                            phone: string | null;
                            registeredAt: string | null;
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthday: string | null;
                            channelId: string;
                            /** @enum {string} */
                            consent: "unknown" | "pending" | "subscribed" | "unsubscribed";
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            email: string;
                            /** @description Per platform, e.g. { "shopify": "7012" } */
                            externalIds: {
                                [key: string]: string;
                            };
                            firstName: string | null;
                            lastName: string | null;
                            locale: string | null;
                            phone: string | null;
                            registeredAt: string | null;
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Erase a customer's personal data (GDPR); other domains erase theirs too */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit a customer; given fields replace stored ones (tags too), null clears */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthday?: string | null;
                        email?: string;
                        firstName?: string | null;
                        lastName?: string | null;
                        locale?: string | null;
                        phone?: string | null;
                        /** @description Replaces the stored tags */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthday: string | null;
                            channelId: string;
                            /** @enum {string} */
                            consent: "unknown" | "pending" | "subscribed" | "unsubscribed";
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            email: string;
                            /** @description Per platform, e.g. { "shopify": "7012" } */
                            externalIds: {
                                [key: string]: string;
                            };
                            firstName: string | null;
                            lastName: string | null;
                            locale: string | null;
                            phone: string | null;
                            registeredAt: string | null;
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{channelId}/customers/{customerId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change newsletter consent; later changes win, an older one is ignored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        changedAt?: string;
                        doubleOptIn?: boolean;
                        /**
                         * @description Defaults to admin for a signed-in user, api for an API key
                         * @enum {string}
                         */
                        source?: "admin" | "api";
                        /** @enum {string} */
                        status: "pending" | "subscribed" | "unsubscribed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            customerId: string;
                            /** @enum {string} */
                            reason?: "older_than_current" | "protected_opt_in" | "no_change";
                            /** @enum {string} */
                            status: "unknown" | "pending" | "subscribed" | "unsubscribed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/customers/{customerId}/consent-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every applied consent change, oldest first, with source and time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ConsentHistoryEntry"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/customers/{customerId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything stored about a customer, for a data-subject access request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consentHistory: components["schemas"]["ConsentHistoryEntry"][];
                            customer: components["schemas"]["ContactsCustomer"];
                            /** Format: date-time */
                            exportedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer data requests received from the shop (GDPR), with what Trustloop holds */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                channelId: string;
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                export: unknown;
                                externalId: string | null;
                                id: string;
                                /** @enum {string} */
                                platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                            }[];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/data-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer data request and its export */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            export: unknown;
                            externalId: string | null;
                            id: string;
                            /** @enum {string} */
                            platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a CSV of orders or customers (body: the raw file, Content-Type: text/csv)
         * @description Up to 200 MB. The file is stored and imported by a background job; the same file uploaded again resumes or re-checks its import.
         */
        post: {
            parameters: {
                query: {
                    /** @description Money is written 12,50 instead of 12.50 */
                    decimalComma?: boolean;
                    delimiter?: "auto" | "comma" | "semicolon" | "tab";
                    /** @description auto (UTF-8, else windows-1250), utf-8, windows-1250, iso-8859-2, … */
                    encoding?: string;
                    /** @description shopify (Shopify export), generic (docs/csv-import.md), or auto from the header */
                    format?: "auto" | "shopify" | "generic";
                    /** @description What the file holds */
                    type: "orders" | "customers";
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /**
                             * @description new file; the unfinished import of the same file resumed; or a finished one run again
                             * @enum {string}
                             */
                            outcome: "new" | "resumed" | "rerun";
                            /** @enum {string} */
                            status: "pending" | "running" | "finished" | "failed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress counts and rejected rows by reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bytesRead: number;
                            bytesTotal: number;
                            channelId: string;
                            /** @description The last line whose effects are committed */
                            checkpointLine: number;
                            /** Format: date-time */
                            createdAt: string;
                            decimalComma: boolean;
                            delimiter: string;
                            encoding: string;
                            error: string | null;
                            /** @description Rejected rows by reason code, most frequent first */
                            errors: {
                                code: string;
                                count: number;
                            }[];
                            fileName: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "shopify" | "generic";
                            id: string;
                            /** @description Orders or customers created or changed */
                            imported: number;
                            /** @description Rows rejected; see /rejected */
                            rejected: number;
                            runs: number;
                            sha256: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "running" | "finished" | "failed";
                            /** @enum {string} */
                            type: "orders" | "customers";
                            /** @description Orders or customers already stored as the file says */
                            unchanged: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/imports/{importId}/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows of an import, in line order, with the reason for each */
        get: {
            parameters: {
                query?: {
                    afterLine?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    channelId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                code: string;
                                line: number;
                                raw: string;
                                reason: string;
                            }[];
                            /** @description Pass as afterLine for the next page */
                            nextAfterLine?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members, newest first, a page at a time (`cursor` = the previous page’s `nextCursor`); `email` looks one up; `q` finds up to 20 by referral code, email prefix or customer name */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    email?: string;
                    limit: number;
                    q?: string;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                balance: number;
                                channelId: string;
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                enrolledAt: string | null;
                                lastActivityAt: string | null;
                                memberId: string;
                                nextExpiry: {
                                    date: string;
                                    expiresAt: string;
                                    points: number;
                                } | null;
                                pendingPoints: number;
                                pin: string;
                                referralCode: string;
                                referralUrl: string;
                                state: string;
                                tier: {
                                    iconUrl: string | null;
                                    name: string;
                                    tierId: string;
                                } | null;
                                uncollected: number;
                            }[];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Enrol a customer by email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId?: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                            channelId: string;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            enrolledAt: string | null;
                            lastActivityAt: string | null;
                            memberId: string;
                            nextExpiry: {
                                date: string;
                                expiresAt: string;
                                points: number;
                            } | null;
                            pendingPoints: number;
                            pin: string;
                            referralCode: string;
                            referralUrl: string;
                            state: string;
                            tier: {
                                iconUrl: string | null;
                                name: string;
                                tierId: string;
                            } | null;
                            uncollected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                            channelId: string;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            enrolledAt: string | null;
                            lastActivityAt: string | null;
                            memberId: string;
                            nextExpiry: {
                                date: string;
                                expiresAt: string;
                                points: number;
                            } | null;
                            pendingPoints: number;
                            pin: string;
                            referralCode: string;
                            referralUrl: string;
                            state: string;
                            tier: {
                                iconUrl: string | null;
                                name: string;
                                tierId: string;
                            } | null;
                            uncollected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit or debit points by hand (reason required; the acting user is recorded) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        idempotencyKey?: string;
                        /** @description positive credits, negative debits; never 0 */
                        points: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                actor: string | null;
                                balanceAfter: number;
                                cause: string;
                                createdAt: string;
                                entryId: string;
                                idempotencyKey: string;
                                kind: string;
                                points: number;
                                reason: string | null;
                                reference: string | null;
                                uncollected: number;
                            };
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member’s coupons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            couponId: string;
                            createdAt: string;
                            expiresAt: string | null;
                            kind: string;
                            name: string;
                            pointsSpent: number;
                            product: string | null;
                            rewardId: string;
                            state: string;
                            usedOrderId: string | null;
                            value: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol the member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                            channelId: string;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            enrolledAt: string | null;
                            lastActivityAt: string | null;
                            memberId: string;
                            nextExpiry: {
                                date: string;
                                expiresAt: string;
                                points: number;
                            } | null;
                            pendingPoints: number;
                            pin: string;
                            referralCode: string;
                            referralUrl: string;
                            state: string;
                            tier: {
                                iconUrl: string | null;
                                name: string;
                                tierId: string;
                            } | null;
                            uncollected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exclude the member (earns nothing, sees no loyalty data) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                            channelId: string;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            enrolledAt: string | null;
                            lastActivityAt: string | null;
                            memberId: string;
                            nextExpiry: {
                                date: string;
                                expiresAt: string;
                                points: number;
                            } | null;
                            pendingPoints: number;
                            pin: string;
                            referralCode: string;
                            referralUrl: string;
                            state: string;
                            tier: {
                                iconUrl: string | null;
                                name: string;
                                tierId: string;
                            } | null;
                            uncollected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member’s ledger, newest first */
        get: {
            parameters: {
                query: {
                    before?: string;
                    limit: number;
                };
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string | null;
                                balanceAfter: number;
                                cause: string;
                                createdAt: string;
                                entryId: string;
                                idempotencyKey: string;
                                kind: string;
                                points: number;
                                reason: string | null;
                                reference: string | null;
                                uncollected: number;
                            }[];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member’s points lots with points left, oldest first (spent first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string | null;
                            expiresOn: string | null;
                            lotId: string;
                            remaining: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Regenerate the member’s PIN (member.pin_changed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: number;
                            channelId: string;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            enrolledAt: string | null;
                            lastActivityAt: string | null;
                            memberId: string;
                            nextExpiry: {
                                date: string;
                                expiresAt: string;
                                points: number;
                            } | null;
                            pendingPoints: number;
                            pin: string;
                            referralCode: string;
                            referralUrl: string;
                            state: string;
                            tier: {
                                iconUrl: string | null;
                                name: string;
                                tierId: string;
                            } | null;
                            uncollected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/members/{memberId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Friends the member referred, newest first (at most 200) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description member */
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            friendEmail: string;
                            orderId: string;
                            reason: string | null;
                            referralId: string;
                            /** @description rewarded | refused */
                            status: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a member’s hub shows under the saved program, for a pictured balance and tier */
        get: {
            parameters: {
                query: {
                    balance: number;
                    locale?: string;
                    tierId?: string;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coupons: {
                                applyUrl: string | null;
                                /** @description Null while the shop is creating the code (`issuing`) and after a refund (`refunded`) */
                                code: string | null;
                                expiresAt: string | null;
                                kind: string;
                                name: string;
                                state: string;
                                value: number;
                            }[];
                            locale: string;
                            member: {
                                nextExpiry: {
                                    date: string;
                                    points: number;
                                } | null;
                                pendingPoints: number;
                                points: number;
                                tier: {
                                    iconUrl: string | null;
                                    name: string;
                                } | null;
                            } | null;
                            progress: {
                                bestReward: {
                                    kind: string;
                                    locked: boolean;
                                    name: string;
                                    pointsCost: number;
                                    rewardId: string;
                                    text: string;
                                    value: number;
                                } | null;
                                fraction: number;
                                nextReward: {
                                    kind: string;
                                    locked: boolean;
                                    name: string;
                                    pointsCost: number;
                                    pointsMissing: number;
                                    rewardId: string;
                                    text: string;
                                    value: number;
                                } | null;
                            } | null;
                            referralUrl: string | null;
                            rewards: {
                                affordable: boolean;
                                kind: string;
                                locked: boolean;
                                name: string;
                                pointsCost: number;
                                rewardId: string;
                                value: number;
                            }[];
                            /** @description anonymous | not_member | no_points | member | excluded */
                            state: string;
                            texts: {
                                [key: string]: string | null;
                            };
                            tierProgress: {
                                /** @description points | spend */
                                basis: string;
                                /** @description points, or money in minor units, still missing */
                                missing: number;
                                /** @description e.g. "120 points to Silver" */
                                text: string;
                                tier: {
                                    iconUrl: string | null;
                                    name: string;
                                };
                            } | null;
                            waysToEarn: {
                                description: string;
                                id: string;
                                points: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rewards catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            availableCodes: number | null;
                            /** @enum {string} */
                            codeSource: "generated" | "pool";
                            couponValidDays: number | null;
                            /** @enum {string} */
                            kind: "amount_off" | "percent_off" | "free_shipping" | "free_product";
                            minTierId: string | null;
                            name: string;
                            pointsCost: number;
                            product: string | null;
                            rewardId: string;
                            /** @description minor units (amount_off) or percent (percent_off) */
                            value: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a reward */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        codeSource?: "generated" | "pool";
                        couponValidDays?: number | null;
                        /** @enum {string} */
                        kind: "amount_off" | "percent_off" | "free_shipping" | "free_product";
                        minTierId?: string | null;
                        name: string;
                        pointsCost: number;
                        product?: string | null;
                        /** @description minor units (amount_off) or percent (percent_off) */
                        value?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            availableCodes: number | null;
                            /** @enum {string} */
                            codeSource: "generated" | "pool";
                            couponValidDays: number | null;
                            /** @enum {string} */
                            kind: "amount_off" | "percent_off" | "free_shipping" | "free_product";
                            minTierId: string | null;
                            name: string;
                            pointsCost: number;
                            product: string | null;
                            rewardId: string;
                            /** @description minor units (amount_off) or percent (percent_off) */
                            value: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/rewards/{rewardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retire a reward (issued coupons stay usable) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description reward */
                    rewardId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a reward */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description reward */
                    rewardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        codeSource?: "generated" | "pool";
                        couponValidDays?: number | null;
                        /** @enum {string} */
                        kind?: "amount_off" | "percent_off" | "free_shipping" | "free_product";
                        minTierId?: string | null;
                        name?: string;
                        pointsCost?: number;
                        product?: string | null;
                        /** @description minor units (amount_off) or percent (percent_off) */
                        value?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            availableCodes: number | null;
                            /** @enum {string} */
                            codeSource: "generated" | "pool";
                            couponValidDays: number | null;
                            /** @enum {string} */
                            kind: "amount_off" | "percent_off" | "free_shipping" | "free_product";
                            minTierId: string | null;
                            name: string;
                            pointsCost: number;
                            product: string | null;
                            rewardId: string;
                            /** @description minor units (amount_off) or percent (percent_off) */
                            value: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/rewards/{rewardId}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pre-load coupon codes for a pool reward */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description reward */
                    rewardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            skipped: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s loyalty program settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthdayPoints: number;
                            coupons: {
                                applyUrlTemplate: string | null;
                                /** @enum {string} */
                                platform: "shopify" | "woocommerce" | "custom";
                                validDays: number | null;
                            };
                            earning: {
                                /** @enum {string} */
                                awardOn: "placed" | "paid" | "delivered";
                                /** @enum {string} */
                                base: "products" | "total";
                                pendingPoints: boolean;
                                /** @description minor units, e.g. 100 = 1 zł; must be > 0 */
                                perAmount: number;
                                /** @description points awarded per `perAmount` spent */
                                points: number;
                                /** @enum {string} */
                                rounding: "down" | "nearest" | "up";
                            };
                            enrolment: {
                                onOrder: boolean;
                                onSignup: boolean;
                            };
                            expiry: {
                                /** @enum {string} */
                                mode: "none" | "fixed" | "inactivity";
                                months: number;
                                /** @description 0 sends no points.expiring notice */
                                noticeDays: number;
                            };
                            /** @enum {string} */
                            negativeBalance: "allow_negative" | "cap";
                            newsletterPoints: number;
                            referral: {
                                friendPoints: number;
                                referrerPoints: number;
                                urlTemplate: string | null;
                            };
                            reviewPoints: {
                                product: number;
                                service: number;
                            };
                            signupPoints: number;
                            tiers: {
                                /** @enum {string} */
                                basis: "points" | "spend";
                                months: number;
                                /** @enum {string} */
                                period: "rolling" | "calendar";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings (partial; the program runs from the first save) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthdayPoints?: number;
                        coupons?: {
                            applyUrlTemplate?: string | null;
                            /** @enum {string} */
                            platform?: "shopify" | "woocommerce" | "custom";
                            validDays?: number | null;
                        };
                        earning?: {
                            /** @enum {string} */
                            awardOn?: "placed" | "paid" | "delivered";
                            /** @enum {string} */
                            base?: "products" | "total";
                            pendingPoints?: boolean;
                            /** @description minor units, e.g. 100 = 1 zł; must be > 0 */
                            perAmount?: number;
                            /** @description points awarded per `perAmount` spent */
                            points?: number;
                            /** @enum {string} */
                            rounding?: "down" | "nearest" | "up";
                        };
                        enrolment?: {
                            onOrder?: boolean;
                            onSignup?: boolean;
                        };
                        expiry?: {
                            /** @enum {string} */
                            mode?: "none" | "fixed" | "inactivity";
                            months?: number;
                            /** @description 0 sends no points.expiring notice */
                            noticeDays?: number;
                        };
                        /** @enum {string} */
                        negativeBalance?: "allow_negative" | "cap";
                        newsletterPoints?: number;
                        referral?: {
                            friendPoints?: number;
                            referrerPoints?: number;
                            urlTemplate?: string | null;
                        };
                        reviewPoints?: {
                            product?: number;
                            service?: number;
                        };
                        signupPoints?: number;
                        tiers?: {
                            /** @enum {string} */
                            basis?: "points" | "spend";
                            months?: number;
                            /** @enum {string} */
                            period?: "rolling" | "calendar";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthdayPoints: number;
                            coupons: {
                                applyUrlTemplate: string | null;
                                /** @enum {string} */
                                platform: "shopify" | "woocommerce" | "custom";
                                validDays: number | null;
                            };
                            earning: {
                                /** @enum {string} */
                                awardOn: "placed" | "paid" | "delivered";
                                /** @enum {string} */
                                base: "products" | "total";
                                pendingPoints: boolean;
                                /** @description minor units, e.g. 100 = 1 zł; must be > 0 */
                                perAmount: number;
                                /** @description points awarded per `perAmount` spent */
                                points: number;
                                /** @enum {string} */
                                rounding: "down" | "nearest" | "up";
                            };
                            enrolment: {
                                onOrder: boolean;
                                onSignup: boolean;
                            };
                            expiry: {
                                /** @enum {string} */
                                mode: "none" | "fixed" | "inactivity";
                                months: number;
                                /** @description 0 sends no points.expiring notice */
                                noticeDays: number;
                            };
                            /** @enum {string} */
                            negativeBalance: "allow_negative" | "cap";
                            newsletterPoints: number;
                            referral: {
                                friendPoints: number;
                                referrerPoints: number;
                                urlTemplate: string | null;
                            };
                            reviewPoints: {
                                product: number;
                                service: number;
                            };
                            signupPoints: number;
                            tiers: {
                                /** @enum {string} */
                                basis: "points" | "spend";
                                months: number;
                                /** @enum {string} */
                                period: "rolling" | "calendar";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VIP tiers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            iconUrl: string | null;
                            /** @description earning multiplier, e.g. 1.5 */
                            multiplier: number;
                            name: string;
                            perks: string[];
                            /** @description points earned or minor units spent in the period */
                            threshold: number;
                            tierId: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a tier */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        iconUrl?: string | null;
                        /** @description earning multiplier, e.g. 1.5 */
                        multiplier?: number;
                        name: string;
                        perks?: string[];
                        /** @description points earned or minor units spent in the period */
                        threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            iconUrl: string | null;
                            /** @description earning multiplier, e.g. 1.5 */
                            multiplier: number;
                            name: string;
                            perks: string[];
                            /** @description points earned or minor units spent in the period */
                            threshold: number;
                            tierId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/tiers/{tierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a tier */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description tier */
                    tierId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a tier */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description channel */
                    channelId: string;
                    /** @description tier */
                    tierId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        iconUrl?: string | null;
                        /** @description earning multiplier, e.g. 1.5 */
                        multiplier?: number;
                        name?: string;
                        perks?: string[];
                        /** @description points earned or minor units spent in the period */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            iconUrl: string | null;
                            /** @description earning multiplier, e.g. 1.5 */
                            multiplier: number;
                            name: string;
                            perks: string[];
                            /** @description points earned or minor units spent in the period */
                            threshold: number;
                            tierId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{channelId}/loyalty/ways-to-earn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configured ways to earn, described in a locale */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: string;
                            points: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders of a channel, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    email?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Order"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update an order by its id in your system (source "api")
         * @description Send the whole order every time; an `updatedAt` older than the stored one changes nothing. Milestones (paid, fulfilled, delivered, cancelled) only move forward. Money in integer minor units.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    channelId: string;
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cancelledAt?: string | null;
                        currency: string;
                        customer: {
                            acceptsMarketing?: boolean | null;
                            email: string | null;
                            externalId?: string | null;
                            firstName?: string | null;
                            lastName?: string | null;
                            locale?: string | null;
                            phone?: string | null;
                        };
                        deliveredAt?: string | null;
                        discountCodes?: string[];
                        /** @description Defaults to 0 */
                        discountTotal?: number;
                        fulfilledAt?: string | null;
                        lineItems: {
                            gtin?: string | null;
                            imageUrl?: string | null;
                            lineId?: string;
                            productId?: string | null;
                            productUrl?: string | null;
                            quantity: number;
                            sku?: string | null;
                            title: string;
                            /** @description Per unit after line discounts */
                            unitPrice: number;
                            variantId?: string | null;
                        }[];
                        locale?: string | null;
                        number: string;
                        paidAt?: string | null;
                        /** Format: date-time */
                        placedAt: string;
                        referralCode?: string | null;
                        shippingAddress?: {
                            city?: string | null;
                            country?: string | null;
                            line1?: string | null;
                            line2?: string | null;
                            postcode?: string | null;
                        } | null;
                        /** @description Defaults to 0 */
                        shippingTotal?: number;
                        /** @description Defaults to the sum of the lines */
                        subtotal?: number;
                        /** @description Defaults to 0 */
                        taxTotal?: number;
                        /** @description What the customer paid, in minor units (1999 = 19.99) */
                        total: number;
                        /** Format: date-time */
                        updatedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            created: boolean;
                            events: string[];
                            order: components["schemas"]["Order"];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            created: boolean;
                            events: string[];
                            order: components["schemas"]["Order"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders/{externalId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the order delivered (the first time counts; later calls change nothing) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    channelId: string;
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deliveredAt?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            created: boolean;
                            events: string[];
                            order: components["schemas"]["Order"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders/{externalId}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the order fulfilled (the first time counts; later calls change nothing) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    channelId: string;
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        fulfilledAt?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            created: boolean;
                            events: string[];
                            order: components["schemas"]["Order"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders/{externalId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a refund (full or partial, by amount or by line); idempotent by its externalId */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    channelId: string;
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        /** Format: date-time */
                        createdAt?: string;
                        externalId: string;
                        lineItems?: {
                            /** @description Defaults to the line unit price × quantity */
                            amount?: number;
                            lineId: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            order: components["schemas"]["Order"];
                            refund: components["schemas"]["Refund"];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            order: components["schemas"]["Order"];
                            refund: components["schemas"]["Refund"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its refunds, by Trustloop order id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/shop-connections/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shop connection and the webhook URL to paste into the shop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredOn: string;
                            /** @description Redeemed rewards become codes in the shop */
                            discountsEnabled: boolean;
                            fulfilledOn: string;
                            /** @description How pulling from the shop goes: the last finished pull, the last failure */
                            health: {
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSyncAt: string | null;
                            };
                            /** @enum {string} */
                            platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                            /** @description The platform's other settings (secrets are never returned) */
                            settings: {
                                [key: string]: unknown;
                            };
                            shopDomain: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Paste this into the shop as the webhook delivery URL */
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /**
         * Connect a shop (or change its settings); the secret is write-only
         * @description The body's fields are the platform's settings (`GET /api/v1/shop-connectors`): connection fields at the top, Admin API credentials in `discounts`; a field of another platform is a 400. Shopify: `webhookSecret` is the app's client secret, `shopDomain` the `name.myshopify.com` domain; `fulfilledOn` is `any_fulfillment` or `order_fulfilled`, `deliveredOn` `shipment_delivered` or `never`. WooCommerce: `webhookSecret` is the secret entered for the webhook, `shopDomain` (optional) the site host; `fulfilledOn`/`deliveredOn` are order status slugs or `never`. Credentials given are checked live: a refusal is a 422 naming the field.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accessToken?: string | null;
                        apiKey?: string | null;
                        baseUrl?: string | null;
                        customerGroupIds?: string | null;
                        deliveredOn?: string | null;
                        discounts?: {
                            /** @description Admin API access token: write-only */
                            accessToken?: string;
                            /** @description Admin API address */
                            adminApiUrl?: string;
                            /** @description Webservice key for cart rules: write-only */
                            apiKey?: string;
                            /** @description Consumer key: write-only */
                            consumerKey?: string;
                            /** @description Consumer secret: write-only */
                            consumerSecret?: string;
                            /** @description API user login for promotion codes */
                            login?: string;
                            /** @description Its password: write-only */
                            password?: string;
                            /** @description Site address */
                            siteUrl?: string;
                        } | null;
                        fulfilledOn?: string | null;
                        login?: string | null;
                        orderStatusMap?: {
                            [key: string]: "placed" | "paid" | "fulfilled" | "delivered" | "cancelled" | "refunded";
                        } | null;
                        password?: string | null;
                        shopDomain?: string | null;
                        shopUrl?: string | null;
                        statusMap?: {
                            [key: string]: "placed" | "paid" | "fulfilled" | "delivered" | "cancelled" | "refunded";
                        } | null;
                        storeCode?: string | null;
                        timeZone?: string | null;
                        webhookSecret?: string | null;
                        websiteIds?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredOn: string;
                            /** @description Redeemed rewards become codes in the shop */
                            discountsEnabled: boolean;
                            fulfilledOn: string;
                            /** @description How pulling from the shop goes: the last finished pull, the last failure */
                            health: {
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSyncAt: string | null;
                            };
                            /** @enum {string} */
                            platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                            /** @description The platform's other settings (secrets are never returned) */
                            settings: {
                                [key: string]: unknown;
                            };
                            shopDomain: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Paste this into the shop as the webhook delivery URL */
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredOn: string;
                            /** @description Redeemed rewards become codes in the shop */
                            discountsEnabled: boolean;
                            fulfilledOn: string;
                            /** @description How pulling from the shop goes: the last finished pull, the last failure */
                            health: {
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSyncAt: string | null;
                            };
                            /** @enum {string} */
                            platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                            /** @description The platform's other settings (secrets are never returned) */
                            settings: {
                                [key: string]: unknown;
                            };
                            shopDomain: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Paste this into the shop as the webhook delivery URL */
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Disconnect a shop: its webhooks are refused from now on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/shop-connections/{platform}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How pulling from the shop stands: last pull, cursors, failed pulls and dead letters
         * @description For platforms Trustloop reads through their API (Magento 2, PrestaShop, Shoper): the last finished pull and the last failure, where the next pull of each resource starts, whether a pull runs now, pulls that failed for good (dead jobs) and records that could not be read (the pull moved on without them); the newest 50 of each with their count. A webhook-only platform answers `pulls: null`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Where the next pull of each resource starts (after this record) */
                            cursors: {
                                /** @description The last record's id in the shop */
                                id: string;
                                resource: string;
                                /** @description The update time of the last record read, as the shop writes it */
                                updatedAt: string;
                            }[];
                            deadLetters: {
                                count: number;
                                items: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    error: string;
                                    externalId: string;
                                    id: string;
                                    resource: string;
                                    updatedAt: string;
                                }[];
                            };
                            failedPulls: {
                                count: number;
                                items: {
                                    attempts: number;
                                    jobId: string;
                                    lastError: string | null;
                                    /** Format: date-time */
                                    updatedAt: string;
                                }[];
                            };
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastSyncAt: string | null;
                            /** @description What Trustloop reads from this platform and how often; null for a webhook-only one */
                            pulls: {
                                everyMinutes: number;
                                resources: string[];
                            } | null;
                            /** @description A pull holds the connection now */
                            running: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Pull from the shop now instead of at the next scheduled pull
         * @description Starts a pull of a shop Trustloop reads through its API (Magento 2, PrestaShop, Shoper), as the schedule does every minute; asked again in the same second (a double click) it answers `started: false` and starts nothing more. Only one pull of a connection runs at a time. A webhook-only platform (Shopify, WooCommerce) is a 422. Follow it with `GET …/pull`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    platform: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                            /** @description False when a pull was started in this same second */
                            started: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One channel */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            defaultLocale: string;
                            domain: string;
                            id: string;
                            name: string;
                            /** @description Safe to publish: widgets and public URLs use it. */
                            publicId: string;
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a channel and everything that belongs to it */
        delete: {
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
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a channel (name, domain, locale, currency, time zone) */
        patch: {
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
                    "application/json": {
                        /** @description ISO 4217, e.g. PLN */
                        currency?: string;
                        /** @description en, pl, cs, sv or de */
                        defaultLocale?: string;
                        /** @description The shop host name, e.g. shop.example.com */
                        domain?: string;
                        name?: string;
                        /** @description IANA, e.g. Europe/Warsaw */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            defaultLocale: string;
                            domain: string;
                            id: string;
                            name: string;
                            /** @description Safe to publish: widgets and public URLs use it. */
                            publicId: string;
                            timeZone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{id}/bcc-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mails received at the BCC address, newest first; unparsed ones carry the reason */
        get: {
            parameters: {
                query: {
                    limit: number;
                    status?: "scheduled" | "duplicate" | "unparsed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                invitationId: string | null;
                                mailFrom: string | null;
                                orderNumber: string | null;
                                reason: string | null;
                                reasonCode: ("unreadable" | "no_email" | "no_order_number" | "already_invited" | "refused") | null;
                                /** Format: date-time */
                                receivedAt: string;
                                recipient: string | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                status: "scheduled" | "duplicate" | "unparsed";
                                subject: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The channel’s dashboard: reviews per week, rating distribution, invitation funnel, points, members by tier, sync health
         * @description Weekly series cover the last `weeks` ISO weeks (Mondays, UTC) up to the current one, with zeros for quiet weeks. Read from rollups kept in the writing transaction, never by scanning reviews, invitations or the ledger.
         */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            invitations: {
                                methods: {
                                    completed: number;
                                    invited: number;
                                    method: string;
                                    opened: number;
                                    sent: number;
                                }[];
                                total: {
                                    completed: number;
                                    invited: number;
                                    opened: number;
                                    sent: number;
                                };
                            };
                            members: {
                                tiers: {
                                    members: number;
                                    name: string | null;
                                    tierId: string | null;
                                }[];
                                total: number;
                            };
                            points: {
                                total: {
                                    credited: number;
                                    expired: number;
                                    redeemed: number;
                                    redemptions: number;
                                };
                                weeks: {
                                    credited: number;
                                    expired: number;
                                    redeemed: number;
                                    redemptions: number;
                                    /** @description Monday of the ISO week (UTC) */
                                    week: string;
                                }[];
                            };
                            reviews: {
                                averageRating: number | null;
                                distribution: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                received: number;
                                weeks: {
                                    averageRating: number | null;
                                    reviews: number;
                                    /** @description Monday of the ISO week (UTC) */
                                    week: string;
                                }[];
                            };
                            syncs: {
                                connectionId: string;
                                connectorId: string;
                                deadLetters: number;
                                failed: number;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSyncAt: string | null;
                                pending: number;
                                sent: number;
                                status: string;
                            }[];
                            weeks: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/email-embeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web feed (name + URL) and email snippets to paste into Klaviyo */
        get: {
            parameters: {
                query?: {
                    /** @description Language of the snippets (default: the channel’s) */
                    locale?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certification: {
                                grantedAt: string;
                                grantedBy: string;
                                reference: string | null;
                            } | null;
                            /** @description Set only by the instance operator (trustloop trust-mark grant) */
                            certified: boolean;
                            feed: {
                                contentType: string;
                                name: string;
                                requestMethod: string;
                                url: string;
                            };
                            /** @enum {string} */
                            locale: "en" | "pl" | "cs" | "sv" | "de";
                            selectedReviewIds: string[];
                            snippets: {
                                badge: string | null;
                                reviews: string;
                                stars: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Choose the published reviews shown in emails (the trust mark is the operator’s to grant) */
        patch: {
            parameters: {
                query?: {
                    /** @description Language of the snippets (default: the channel’s) */
                    locale?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Always refused (403): only the instance operator grants the trust mark */
                        certified?: boolean;
                        selectedReviewIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certification: {
                                grantedAt: string;
                                grantedBy: string;
                                reference: string | null;
                            } | null;
                            /** @description Set only by the instance operator (trustloop trust-mark grant) */
                            certified: boolean;
                            feed: {
                                contentType: string;
                                name: string;
                                requestMethod: string;
                                url: string;
                            };
                            /** @enum {string} */
                            locale: "en" | "pl" | "cs" | "sv" | "de";
                            selectedReviewIds: string[];
                            snippets: {
                                badge: string | null;
                                reviews: string;
                                stars: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{id}/email-embeds/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reviews snippet rendered as the email shows it, for a selection of published reviews (nothing is saved) */
        post: {
            parameters: {
                query?: {
                    /** @description Language of the snippets (default: the channel’s) */
                    locale?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        selectedReviewIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The trust mark and rating snippet, rendered; null unless the channel is certified */
                            badgeHtml: string | null;
                            /** @description The reviews snippet, rendered */
                            html: string;
                            /** @enum {string} */
                            locale: "en" | "pl" | "cs" | "sv" | "de";
                            /** @description The stars snippet, rendered */
                            starsHtml: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-link-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The encrypt and auth keys for business-generated links (docs/invitation-links.md) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description base64, 32 bytes: HMAC-SHA256 key */
                            authKey: string;
                            /** @description base64, 32 bytes: AES-256-CBC key */
                            encryptKey: string;
                            /** @description Append the URL-encoded payload to this. */
                            linkTemplate: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-link-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New link keys; links built with the old ones stop opening */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description base64, 32 bytes: HMAC-SHA256 key */
                            authKey: string;
                            /** @description base64, 32 bytes: AES-256-CBC key */
                            encryptKey: string;
                            /** @description Append the URL-encoded payload to this. */
                            linkTemplate: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s invitation settings: trigger, delay, reminder, link validity, cooldown, consent mode */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Automatic invitations per order (the trigger event plus the delay). A new channel starts with them off: enable them once the shop’s history is imported. Channels that existed before the switch stay on. */
                            automaticInvitations: boolean;
                            /** @description BCC your order confirmations here (never in To or Cc). */
                            bccAddress: string;
                            channelId: string;
                            cooldownDays: number;
                            /** @enum {string} */
                            cooldownScope: "without_order" | "all";
                            delayDays: number;
                            espSends: boolean;
                            explicitConsent: boolean;
                            linkValidityDays: number;
                            logoUrl: string | null;
                            reminderDays: number | null;
                            /** @enum {string} */
                            reviewType: "service" | "product" | "both";
                            senderName: string | null;
                            /** @enum {string} */
                            triggerEvent: "order.placed" | "order.paid" | "order.fulfilled" | "order.delivered";
                            /** @description An order whose trigger (placed, paid, fulfilled, delivered) lies more than this many days in the past when Trustloop learns of it is history being backfilled and gets no automatic invitation; orders imported by CSV never get one. */
                            triggerWindowDays: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Trigger event, delay, reminder, link validity, cooldown, ESP sends, explicit consent, logo, sender */
        patch: {
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
                    "application/json": {
                        /** @description Automatic invitations per order (the trigger event plus the delay). A new channel starts with them off: enable them once the shop’s history is imported. Channels that existed before the switch stay on. */
                        automaticInvitations?: boolean;
                        cooldownDays?: number;
                        /** @enum {string} */
                        cooldownScope?: "without_order" | "all";
                        delayDays?: number;
                        espSends?: boolean;
                        explicitConsent?: boolean;
                        linkValidityDays?: number;
                        logoUrl?: string | null;
                        reminderDays?: number | null;
                        /** @enum {string} */
                        reviewType?: "service" | "product" | "both";
                        senderName?: string | null;
                        /** @enum {string} */
                        triggerEvent?: "order.placed" | "order.paid" | "order.fulfilled" | "order.delivered";
                        /** @description An order whose trigger (placed, paid, fulfilled, delivered) lies more than this many days in the past when Trustloop learns of it is history being backfilled and gets no automatic invitation; orders imported by CSV never get one. */
                        triggerWindowDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Automatic invitations per order (the trigger event plus the delay). A new channel starts with them off: enable them once the shop’s history is imported. Channels that existed before the switch stay on. */
                            automaticInvitations: boolean;
                            /** @description BCC your order confirmations here (never in To or Cc). */
                            bccAddress: string;
                            channelId: string;
                            cooldownDays: number;
                            /** @enum {string} */
                            cooldownScope: "without_order" | "all";
                            delayDays: number;
                            espSends: boolean;
                            explicitConsent: boolean;
                            linkValidityDays: number;
                            logoUrl: string | null;
                            reminderDays: number | null;
                            /** @enum {string} */
                            reviewType: "service" | "product" | "both";
                            senderName: string | null;
                            /** @enum {string} */
                            triggerEvent: "order.placed" | "order.paid" | "order.fulfilled" | "order.delivered";
                            /** @description An order whose trigger (placed, paid, fulfilled, delivered) lies more than this many days in the past when Trustloop learns of it is history being backfilled and gets no automatic invitation; orders imported by CSV never get one. */
                            triggerWindowDays: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addresses never invited in this channel, with where the suppression came from */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                source: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Never invite this address in this channel (its scheduled invitations are suppressed) */
        post: {
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
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-suppressions/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Allow invitations to this address again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    email: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invitation and reminder mail in every language (stored, or the catalogue’s defaults) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["InvitationTemplate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-templates/{kind}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mail template: subject, intro, button, logo, colours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "invitation" | "reminder";
                    locale: "en" | "pl" | "cs" | "sv" | "de";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description #rrggbb */
                            backgroundColor: string;
                            /** @description #rrggbb */
                            buttonColor: string;
                            buttonText: string;
                            /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
                            buttonTextColor: string;
                            /** @description False while the catalogue’s defaults apply */
                            custom: boolean;
                            /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
                            intro: string;
                            /** @enum {string} */
                            kind: "invitation" | "reminder";
                            /** @enum {string} */
                            locale: "en" | "pl" | "cs" | "sv" | "de";
                            /** @description An http(s) image; null shows the shop’s name instead */
                            logoUrl: string | null;
                            placeholders: string[];
                            /** @description Placeholders: {shop}, {name}, {order} */
                            subject: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Store a mail template; an unknown placeholder is refused (use {shop}, {name}, {order}) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "invitation" | "reminder";
                    locale: "en" | "pl" | "cs" | "sv" | "de";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description #rrggbb */
                        backgroundColor: string;
                        /** @description #rrggbb */
                        buttonColor: string;
                        buttonText: string;
                        /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
                        buttonTextColor: string;
                        /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
                        intro: string;
                        /** @description An http(s) image; null shows the shop’s name instead */
                        logoUrl: string | null;
                        /** @description Placeholders: {shop}, {name}, {order} */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description #rrggbb */
                            backgroundColor: string;
                            /** @description #rrggbb */
                            buttonColor: string;
                            buttonText: string;
                            /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
                            buttonTextColor: string;
                            /** @description False while the catalogue’s defaults apply */
                            custom: boolean;
                            /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
                            intro: string;
                            /** @enum {string} */
                            kind: "invitation" | "reminder";
                            /** @enum {string} */
                            locale: "en" | "pl" | "cs" | "sv" | "de";
                            /** @description An http(s) image; null shows the shop’s name instead */
                            logoUrl: string | null;
                            placeholders: string[];
                            /** @description Placeholders: {shop}, {name}, {order} */
                            subject: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Back to the catalogue’s defaults */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "invitation" | "reminder";
                    locale: "en" | "pl" | "cs" | "sv" | "de";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-templates/{kind}/{locale}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a (possibly unsaved) template with the real renderer, for a sample customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "invitation" | "reminder";
                    locale: "en" | "pl" | "cs" | "sv" | "de";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description #rrggbb */
                        backgroundColor: string;
                        /** @description #rrggbb */
                        buttonColor: string;
                        buttonText: string;
                        /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
                        buttonTextColor: string;
                        /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
                        intro: string;
                        /** @description An http(s) image; null shows the shop’s name instead */
                        logoUrl: string | null;
                        /** @description Placeholders: {shop}, {name}, {order} */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The whole mail as the real renderer makes it */
                            html: string;
                            subject: string;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitation-templates/{kind}/{locale}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send this (possibly unsaved) template to the signed-in user through the channel’s mail transport */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "invitation" | "reminder";
                    locale: "en" | "pl" | "cs" | "sv" | "de";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description #rrggbb */
                        backgroundColor: string;
                        /** @description #rrggbb */
                        buttonColor: string;
                        buttonText: string;
                        /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
                        buttonTextColor: string;
                        /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
                        intro: string;
                        /** @description An http(s) image; null shows the shop’s name instead */
                        logoUrl: string | null;
                        /** @description Placeholders: {shop}, {name}, {order} */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            to: string;
                            transport: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create one invitation (sent by email, or only its link); one per email, order and type */
        post: {
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
                    "application/json": {
                        email: string;
                        locale?: string | null;
                        /** @enum {string} */
                        method?: "manual" | "api";
                        name?: string | null;
                        orderId?: string | null;
                        orderNumber?: string | null;
                        products?: {
                            gtin?: string | null;
                            imageUrl?: string | null;
                            productId?: string | null;
                            productUrl?: string | null;
                            sku?: string | null;
                            title: string;
                        }[];
                        /**
                         * @description `email` (default): Trustloop sends it (or the ESP, per the channel switch). `link`: only create the link.
                         * @enum {string}
                         */
                        send?: "email" | "link";
                        /** Format: date-time */
                        sendAt?: string;
                        /** @enum {string} */
                        type?: "service" | "product" | "both";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            invitation: {
                                channelId: string;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string} */
                                delivery: "email" | "link" | "esp";
                                email: string;
                                id: string;
                                /** @description The questionnaire link (a capability: share it only with the customer). */
                                link: string;
                                /** Format: date-time */
                                linkExpiresAt: string;
                                locale: string;
                                /** @enum {string} */
                                method: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                                name: string | null;
                                openedAt: string | null;
                                orderId: string | null;
                                orderNumber: string | null;
                                products: {
                                    gtin: string | null;
                                    imageUrl: string | null;
                                    productId: string | null;
                                    productUrl: string | null;
                                    sku: string | null;
                                    title: string;
                                }[];
                                remindedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired";
                                stateReason: string | null;
                                /** @enum {string} */
                                type: "service" | "product" | "both";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: boolean;
                            invitation: {
                                channelId: string;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string} */
                                delivery: "email" | "link" | "esp";
                                email: string;
                                id: string;
                                /** @description The questionnaire link (a capability: share it only with the customer). */
                                link: string;
                                /** Format: date-time */
                                linkExpiresAt: string;
                                locale: string;
                                /** @enum {string} */
                                method: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                                name: string | null;
                                openedAt: string | null;
                                orderId: string | null;
                                orderNumber: string | null;
                                products: {
                                    gtin: string | null;
                                    imageUrl: string | null;
                                    productId: string | null;
                                    productUrl: string | null;
                                    sku: string | null;
                                    title: string;
                                }[];
                                remindedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired";
                                stateReason: string | null;
                                /** @enum {string} */
                                type: "service" | "product" | "both";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/invitations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV (text/csv, or JSON {csv}); answers with a report of created and rejected rows */
        post: {
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
                    "application/json": string | {
                        csv: string;
                        /** @enum {string} */
                        send?: "email" | "link";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            duplicates: number;
                            invitations: {
                                created: boolean;
                                id: string;
                                line: number;
                                state: string;
                            }[];
                            rejected: {
                                /**
                                 * @description The problem as a code to word in any language; absent for a problem without one
                                 * @enum {string}
                                 */
                                code?: "unreadable" | "email_missing" | "email_invalid";
                                line: number;
                                /** @description The problem in English */
                                reason: string;
                            }[];
                            rows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/review-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s auto-publish rule and content filter */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delayHours: number;
                            filterEnabled: boolean;
                            minRating: number;
                            /** @enum {string} */
                            publishMode: "immediate" | "threshold" | "manual";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Change the auto-publish rule and content filter (the public disclosure follows) */
        put: {
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
                    "application/json": {
                        delayHours?: number;
                        filterEnabled?: boolean;
                        minRating?: number;
                        /**
                         * @description immediate: publish at once; threshold: publish reviews with ≥ minRating stars at once and the rest automatically after delayHours; manual: every review waits for a moderator
                         * @enum {string}
                         */
                        publishMode: "immediate" | "threshold" | "manual";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delayHours: number;
                            filterEnabled: boolean;
                            minRating: number;
                            /** @enum {string} */
                            publishMode: "immediate" | "threshold" | "manual";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/reviews/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a reviewer’s personal data (by email) from the channel’s reviews; ratings stay */
        post: {
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
                    "application/json": {
                        email: string;
                        /** @description Keep the title and text (default false: they are removed too). */
                        keepText?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            erased: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/reviews/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import reviews from a CSV (body: the file, Content-Type: text/csv)
         * @description Header row with the columns rating, date, type, title, text, name, email, language, product_sku, product_gtin, product_id, product_title, external_id (rating and date required). Up to 10000 rows and 5 MB. Reviews keep their date, are marked source "import" and are never verified; the channel's moderation rules apply. Uploading the same file again imports nothing twice.
         */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows an earlier upload already imported: left as they are */
                            duplicates: number;
                            imported: number;
                            rejected: {
                                /**
                                 * @description The problem as a code to word in any language; absent for a problem without one
                                 * @enum {string}
                                 */
                                code?: "rating" | "date_required" | "date_format" | "date_future" | "too_long" | "email" | "language" | "type" | "gtin" | "product";
                                column: string | null;
                                /** @description Line of the file; the header is line 1 */
                                line: number;
                                /** @description The problem in English */
                                message: string;
                            }[];
                            rows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/signing-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The secret the shop signs customer tokens with */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signingSecret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/signing-secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; tokens signed with the old one stop working */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signingSecret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}/widget-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The storefront widgets’ theme and the reviews picked for the carousel */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carouselReviewIds: string[];
                            /** @description what the merchant pastes into the shop (docs/widgets.md) */
                            embed: {
                                elements: {
                                    snippet: string;
                                    tag: string;
                                }[];
                                publicId: string;
                                /** @description the lines for the <head> of every shop page */
                                scriptTag: string;
                            };
                            newsletter: {
                                /** @description true: <trustloop-newsletter> sends a confirmation email; the opt-in counts once confirmed */
                                doubleOptIn: boolean;
                            };
                            theme: {
                                accent: string | null;
                                background: string | null;
                                radius: number | null;
                                star: string | null;
                                text: string | null;
                            };
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the widgets’ colours and radius (null = default), the carousel’s reviews and the newsletter’s double opt-in; hard-to-read colour pairs come back as warnings */
        patch: {
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
                    "application/json": {
                        carouselReviewIds?: string[];
                        newsletter?: {
                            doubleOptIn: boolean;
                        };
                        theme?: {
                            accent?: string | null;
                            background?: string | null;
                            radius?: number | null;
                            star?: string | null;
                            text?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carouselReviewIds: string[];
                            /** @description what the merchant pastes into the shop (docs/widgets.md) */
                            embed: {
                                elements: {
                                    snippet: string;
                                    tag: string;
                                }[];
                                publicId: string;
                                /** @description the lines for the <head> of every shop page */
                                scriptTag: string;
                            };
                            newsletter: {
                                /** @description true: <trustloop-newsletter> sends a confirmation email; the opt-in counts once confirmed */
                                doubleOptIn: boolean;
                            };
                            theme: {
                                accent: string | null;
                                background: string | null;
                                radius: number | null;
                                star: string | null;
                                text: string | null;
                            };
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Connected platforms of the account, with their status */
        get: {
            parameters: {
                query?: {
                    channelId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connections: {
                                activation?: {
                                    /** @description The fields to create, one per line: key, type, name (tab-separated) */
                                    copyText: string;
                                    fieldsPresent: {
                                        /** @description The field key (merge tag) to create, prefix included */
                                        key: string;
                                        name: string;
                                        /** @description The platform’s field type, e.g. string, int, date */
                                        type: string;
                                    }[];
                                    fieldsToCreate: {
                                        /** @description The field key (merge tag) to create, prefix included */
                                        key: string;
                                        name: string;
                                        /** @description The platform’s field type, e.g. string, int, date */
                                        type: string;
                                    }[];
                                    fieldsWithOtherType: {
                                        actualType: string;
                                        /** @description The field key (merge tag) to create, prefix included */
                                        key: string;
                                        name: string;
                                        /** @description The platform’s field type, e.g. string, int, date */
                                        type: string;
                                    }[];
                                    instructions: string;
                                };
                                channelId: string;
                                connectorId: string;
                                counts: {
                                    failed: number;
                                    sent: number;
                                };
                                createdAt: string;
                                eventTypes: "*" | string[];
                                id: string;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastSyncAt: string | null;
                                secretsSet: string[];
                                settings: {
                                    [key: string]: unknown;
                                };
                                status: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Connect a platform: the credentials are checked live; a failure stores nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channelId: string;
                        connectorId: string;
                        eventTypes?: "*" | string[];
                        settings: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation?: {
                                /** @description The fields to create, one per line: key, type, name (tab-separated) */
                                copyText: string;
                                fieldsPresent: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsToCreate: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsWithOtherType: {
                                    actualType: string;
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                instructions: string;
                            };
                            channelId: string;
                            connectorId: string;
                            counts: {
                                failed: number;
                                sent: number;
                            };
                            createdAt: string;
                            eventTypes: "*" | string[];
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastSyncAt: string | null;
                            secretsSet: string[];
                            settings: {
                                [key: string]: unknown;
                            };
                            status: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One connection: platform, settings (never the secrets), subscriptions, status */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation?: {
                                /** @description The fields to create, one per line: key, type, name (tab-separated) */
                                copyText: string;
                                fieldsPresent: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsToCreate: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsWithOtherType: {
                                    actualType: string;
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                instructions: string;
                            };
                            channelId: string;
                            connectorId: string;
                            counts: {
                                failed: number;
                                sent: number;
                            };
                            createdAt: string;
                            eventTypes: "*" | string[];
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastSyncAt: string | null;
                            secretsSet: string[];
                            settings: {
                                [key: string]: unknown;
                            };
                            status: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Disconnect: deliveries stop and the credentials are deleted */
        delete: {
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
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change settings (verified live) or event subscriptions */
        patch: {
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
                    "application/json": {
                        eventTypes?: "*" | string[];
                        settings?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation?: {
                                /** @description The fields to create, one per line: key, type, name (tab-separated) */
                                copyText: string;
                                fieldsPresent: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsToCreate: {
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                fieldsWithOtherType: {
                                    actualType: string;
                                    /** @description The field key (merge tag) to create, prefix included */
                                    key: string;
                                    name: string;
                                    /** @description The platform’s field type, e.g. string, int, date */
                                    type: string;
                                }[];
                                instructions: string;
                            };
                            channelId: string;
                            connectorId: string;
                            counts: {
                                failed: number;
                                sent: number;
                            };
                            createdAt: string;
                            eventTypes: "*" | string[];
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastSyncAt: string | null;
                            secretsSet: string[];
                            settings: {
                                [key: string]: unknown;
                            };
                            status: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/connections/{id}/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries to this platform that failed for good, with the last error */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadLetters: {
                                attempts: number;
                                id: string;
                                kind: string;
                                lastError: string | null;
                                payload: unknown;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/dead-letters/{jobId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a dead-lettered event again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver again every dead letter of one kind of this connection
         * @description Only this connection’s dead letters of the kind go back to the queue, due now; another connection’s (even on the same channel and platform) stay dead. Answers how many were sent again.
         */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        kind: "connectors.deliver" | "connectors.export";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replayed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The connection’s latest exports (at most 20), newest first, with their progress */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exports: {
                                /** @description Customers read while catching up */
                                caughtUp: number;
                                choices: {
                                    consent: string;
                                    from: string | null;
                                    tags: string[];
                                    to: string | null;
                                    transactions: boolean;
                                };
                                /** @description Contacts the platform has taken */
                                completed: number;
                                connectionId: string;
                                /** @description Contacts the platform refused */
                                failed: number;
                                finishedAt: string | null;
                                id: string;
                                lastError: string | null;
                                /** @description catching_up: reading the customers already committed (an import whose background processing is still running) so none is left out; contacts: sending them; transactions: sending past paid orders */
                                phase: "catching_up" | "contacts" | "transactions";
                                purchases: {
                                    /** @description Paid orders this run sent as purchases */
                                    sent: number;
                                    /** @description Paid orders already sent to this connection before */
                                    skipped: number;
                                };
                                /** @description In the answer to a start: true when the connection’s unfinished export (same choices) was resumed instead of starting a second one */
                                resumed?: boolean;
                                startedAt: string;
                                /** @description running, complete or failed */
                                status: string;
                                /** @description Contacts sent to the platform so far */
                                submitted: number;
                                /** @description Contacts the run selects: counted at the start, and again once it has caught up */
                                total: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an export of the contacts, optionally with choices and past transactions
         * @description Without a body every mirrored contact of the channel is sent. `consent` keeps only contacts in that newsletter consent state (subscribed = opt-in, unsubscribed = opt-out). `from`/`to` (ISO dates or date-times, inclusive; a date covers its whole UTC day) keep only contacts Trustloop first knew (created) in the range. `tags` are added to the exported contacts (comma-separated without spaces, or a list). `transactions: true` also sends the channel’s past paid orders, paid in the range and of buyers in the chosen consent state, as purchase events: each order at most once per connection, however often the export runs and whether or not the live order.paid delivery sent it first. A choice the platform cannot honour is a 400 naming the field. The run keeps its choices, so a resumed run uses the same ones. The run first reads the customers already committed (phase catching_up), so an export right after an import includes every imported customer even while the background processing of the import is still running. One export per connection runs at a time: asking again while one is unfinished (a crashed CLI, a restart) resumes it from where it stopped (`resumed: true`, the same id); asking with other choices is a 409 naming it.
         */
        post: {
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
                    "application/json": {
                        /** @description all (default), subscribed (opt-in) or unsubscribed (opt-out): only contacts in that newsletter consent state */
                        consent?: string;
                        /** @description Only contacts Trustloop first knew at or after this date (2026-11-01) or date-time (UTC unless an offset is given); with transactions, only orders paid at or after it */
                        from?: string;
                        /** @description Extra tags for the exported contacts: comma-separated without spaces ("VIP,IMPORT_2026"), or a list */
                        tags?: unknown;
                        /** @description Only contacts Trustloop first knew up to this date (the whole day) or date-time, inclusive; with transactions, only orders paid up to it */
                        to?: string;
                        /** @description Also send the past paid orders (in the date range) as purchases, each once per connection */
                        transactions?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Customers read while catching up */
                            caughtUp: number;
                            choices: {
                                consent: string;
                                from: string | null;
                                tags: string[];
                                to: string | null;
                                transactions: boolean;
                            };
                            /** @description Contacts the platform has taken */
                            completed: number;
                            connectionId: string;
                            /** @description Contacts the platform refused */
                            failed: number;
                            finishedAt: string | null;
                            id: string;
                            lastError: string | null;
                            /** @description catching_up: reading the customers already committed (an import whose background processing is still running) so none is left out; contacts: sending them; transactions: sending past paid orders */
                            phase: "catching_up" | "contacts" | "transactions";
                            purchases: {
                                /** @description Paid orders this run sent as purchases */
                                sent: number;
                                /** @description Paid orders already sent to this connection before */
                                skipped: number;
                            };
                            /** @description In the answer to a start: true when the connection’s unfinished export (same choices) was resumed instead of starting a second one */
                            resumed?: boolean;
                            startedAt: string;
                            /** @description running, complete or failed */
                            status: string;
                            /** @description Contacts sent to the platform so far */
                            submitted: number;
                            /** @description Contacts the run selects: counted at the start, and again once it has caught up */
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of an export */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    exportId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Customers read while catching up */
                            caughtUp: number;
                            choices: {
                                consent: string;
                                from: string | null;
                                tags: string[];
                                to: string | null;
                                transactions: boolean;
                            };
                            /** @description Contacts the platform has taken */
                            completed: number;
                            connectionId: string;
                            /** @description Contacts the platform refused */
                            failed: number;
                            finishedAt: string | null;
                            id: string;
                            lastError: string | null;
                            /** @description catching_up: reading the customers already committed (an import whose background processing is still running) so none is left out; contacts: sending them; transactions: sending past paid orders */
                            phase: "catching_up" | "contacts" | "transactions";
                            purchases: {
                                /** @description Paid orders this run sent as purchases */
                                sent: number;
                                /** @description Paid orders already sent to this connection before */
                                skipped: number;
                            };
                            /** @description In the answer to a start: true when the connection’s unfinished export (same choices) was resumed instead of starting a second one */
                            resumed?: boolean;
                            startedAt: string;
                            /** @description running, complete or failed */
                            status: string;
                            /** @description Contacts sent to the platform so far */
                            submitted: number;
                            /** @description Contacts the run selects: counted at the start, and again once it has caught up */
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, last sync, counts and the last error */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                dead: number;
                                failed: number;
                                pending: number;
                                sent: number;
                            };
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastSyncAt: string | null;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lists of a connected platform account, to switch the connection to another list */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                /** @description The list id to put in the connection’s listId setting */
                                id: string;
                                name: string;
                                /** @description Active subscribers, when the platform says so */
                                subscriberCount: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live progress of the connection’s exports and deliveries (server-sent events)
         * @description A `text/event-stream`. At once, and whenever something changed (checked every second), one `snapshot` event whose data is `{"health":…,"exports":[…],"deadLetters":[…]}`: the answers of `GET …/health`, `GET …/exports` and `GET …/dead-letters`. The session cookie (an `EventSource` in the admin) or an API key with `connectors:read`; another account’s connection is a 404 before the stream opens. When the connection is removed the stream sends `gone` and ends.
         */
        get: {
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
                /** @description The stream of `snapshot` events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Values to paste into the platform (callback URL, flow webhook body) */
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/test-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one signed test event to an outbound webhook endpoint now, and see what it answered
         * @description A `webhook.test` event (data: connectionId, channelId, test: true), signed with the connection’s secret as Standard Webhooks like every delivery; sent at once, never queued or retried. A refusal by the endpoint is a 200 with `delivered: false`, its `status` and `error`; a connection of a platform without test events is a 400.
         */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The endpoint answered 2xx */
                            delivered: boolean;
                            /** @description Why it was not delivered */
                            error: string | null;
                            /** @description The webhook-id header of the test message */
                            messageId: string;
                            /** @description The endpoint’s HTTP status; null when it could not be reached */
                            status: number | null;
                            /** @description webhook.test */
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The marketing platforms Trustloop can connect to, with their settings forms */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectors: {
                                capabilities: {
                                    bulkExport: false | {
                                        batchSize: number;
                                    };
                                    consent: boolean;
                                    exportChoices?: {
                                        tags: boolean;
                                        transactions: boolean;
                                    };
                                    inbound: boolean;
                                    profiles: boolean;
                                    rawEvents: boolean;
                                    trackedEvents: boolean;
                                };
                                defaultEventTypes: "*" | string[];
                                displayName: string;
                                id: string;
                                /** @description The parts of the platform’s page in order (seed 001’s tabs); the first holds the credentials checked at connect */
                                sections?: string[];
                                settings: {
                                    /**
                                     * @description The value is one of the account’s lists: POST /api/v1/connectors/{id}/lists (before connecting) or GET /api/v1/connections/{id}/lists offer them
                                     * @enum {string}
                                     */
                                    choices?: "lists";
                                    default?: unknown;
                                    description?: string;
                                    key: string;
                                    label: string;
                                    required: boolean;
                                    secret: boolean;
                                    /** @description The part of the platform’s page (one of `sections`) the setting is on */
                                    section?: string;
                                    type: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/{connectorId}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The platform account’s lists for an API key not saved yet, to choose one when connecting
         * @description Checks the credentials live and answers the lists of the account (Ecomail: `GET /lists`) with id, name and active subscribers when the platform says so. Only the secret settings are required (e.g. `{"settings":{"apiKey":"…"}}`); a refused key is a 422 naming it, and a platform without lists to choose from is a 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        settings: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                /** @description The list id to put in the connection’s listId setting */
                                id: string;
                                name: string;
                                /** @description Active subscribers, when the platform says so */
                                subscriberCount: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
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
        /** The domain events of this account, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DomainEvent"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
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
        /** One domain event with its payload */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string | null;
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            payload: unknown;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations, newest first; filter by channel, state, method (e.g. klaviyo_flow) or email */
        get: {
            parameters: {
                query: {
                    channelId?: string;
                    cursor?: string;
                    email?: string;
                    limit: number;
                    /** @description How it came to be, e.g. `klaviyo_flow` or `api` */
                    method?: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                    /** @description `opened`: sent and its questionnaire opened, not answered yet */
                    state?: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired" | "opened";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                channelId: string;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string} */
                                delivery: "email" | "link" | "esp";
                                email: string;
                                id: string;
                                /** @description The questionnaire link (a capability: share it only with the customer). */
                                link: string;
                                /** Format: date-time */
                                linkExpiresAt: string;
                                locale: string;
                                /** @enum {string} */
                                method: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                                name: string | null;
                                openedAt: string | null;
                                orderId: string | null;
                                orderNumber: string | null;
                                products: {
                                    gtin: string | null;
                                    imageUrl: string | null;
                                    productId: string | null;
                                    productUrl: string | null;
                                    sku: string | null;
                                    title: string;
                                }[];
                                remindedAt: string | null;
                                /** Format: date-time */
                                scheduledAt: string;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired";
                                stateReason: string | null;
                                /** @enum {string} */
                                type: "service" | "product" | "both";
                            }[];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invitation with its state and link */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            delivery: "email" | "link" | "esp";
                            email: string;
                            id: string;
                            /** @description The questionnaire link (a capability: share it only with the customer). */
                            link: string;
                            /** Format: date-time */
                            linkExpiresAt: string;
                            locale: string;
                            /** @enum {string} */
                            method: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                            name: string | null;
                            openedAt: string | null;
                            orderId: string | null;
                            orderNumber: string | null;
                            products: {
                                gtin: string | null;
                                imageUrl: string | null;
                                productId: string | null;
                                productUrl: string | null;
                                sku: string | null;
                                title: string;
                            }[];
                            remindedAt: string | null;
                            /** Format: date-time */
                            scheduledAt: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            state: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired";
                            stateReason: string | null;
                            /** @enum {string} */
                            type: "service" | "product" | "both";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled or sent invitation; its link stops taking reviews */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            delivery: "email" | "link" | "esp";
                            email: string;
                            id: string;
                            /** @description The questionnaire link (a capability: share it only with the customer). */
                            link: string;
                            /** Format: date-time */
                            linkExpiresAt: string;
                            locale: string;
                            /** @enum {string} */
                            method: "manual" | "csv" | "api" | "automatic" | "bcc" | "business_link" | "klaviyo_flow";
                            name: string | null;
                            openedAt: string | null;
                            orderId: string | null;
                            orderNumber: string | null;
                            products: {
                                gtin: string | null;
                                imageUrl: string | null;
                                productId: string | null;
                                productUrl: string | null;
                                sku: string | null;
                                title: string;
                            }[];
                            remindedAt: string | null;
                            /** Format: date-time */
                            scheduledAt: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            state: "scheduled" | "sent" | "cancelled" | "suppressed" | "completed" | "expired";
                            stateReason: string | null;
                            /** @enum {string} */
                            type: "service" | "product" | "both";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs, newest first; `state=dead` lists dead letters */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: string;
                    limit?: number;
                    state?: "pending" | "running" | "done" | "dead" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Job"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job: kind, state, attempts, next run and last error */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            eventId: string | null;
                            finishedAt: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            maxAttempts: number;
                            payload: unknown;
                            /** Format: date-time */
                            runAt: string;
                            /** @enum {string} */
                            state: "pending" | "running" | "done" | "dead" | "cancelled";
                            subscriber: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a dead-lettered job again */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            dedupeKey: string | null;
                            eventId: string | null;
                            finishedAt: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            maxAttempts: number;
                            payload: unknown;
                            /** Format: date-time */
                            runAt: string;
                            /** @enum {string} */
                            state: "pending" | "running" | "done" | "dead" | "cancelled";
                            subscriber: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many jobs are in each state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/replay-dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every dead-lettered job (of one kind) again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replayed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter reviews of every status (pending and flagged included) */
        get: {
            parameters: {
                query?: {
                    channelId?: string;
                    cursor?: string;
                    email?: string;
                    /** @description Written on or after this day (UTC) */
                    from?: string;
                    hasReply?: boolean;
                    hasText?: boolean;
                    limit?: number;
                    locale?: string;
                    product?: string;
                    q?: string;
                    rating?: number;
                    /** @description newest (default), oldest, rating (highest first) or lowest (lowest first) */
                    sort?: "newest" | "oldest" | "rating" | "lowest";
                    source?: "invitation" | "api" | "import";
                    status?: ("pending" | "published" | "rejected" | "flagged")[];
                    /** @description Written on or before this day (UTC) */
                    to?: string;
                    type?: "service" | "product";
                    /** @description Only verified buyers (true) or only the others */
                    verified?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AdminReview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create a review (source "api"; never marked verified); the channel’s moderation rules apply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channelId: string;
                        displayName?: string;
                        email?: string;
                        locale?: string;
                        product?: {
                            gtin?: string;
                            productId?: string;
                            sku?: string;
                            title?: string;
                        };
                        rating: number;
                        text?: string;
                        title?: string;
                        /** @enum {string} */
                        type: "service" | "product";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            id: string;
                            invitationId: string | null;
                            locale: string | null;
                            moderation: {
                                note: string | null;
                                publishAt: string | null;
                                reason: string | null;
                            };
                            orderId: string | null;
                            product: {
                                gtin: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string | null;
                            } | null;
                            publishedAt: string | null;
                            rating: number;
                            reply: {
                                /** Format: date-time */
                                createdAt: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "published" | "rejected" | "flagged";
                            text: string | null;
                            title: string | null;
                            /** @enum {string} */
                            type: "service" | "product";
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedBuyer: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review, with its moderation state and reply */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            id: string;
                            invitationId: string | null;
                            locale: string | null;
                            moderation: {
                                note: string | null;
                                publishAt: string | null;
                                reason: string | null;
                            };
                            orderId: string | null;
                            product: {
                                gtin: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string | null;
                            } | null;
                            publishedAt: string | null;
                            rating: number;
                            reply: {
                                /** Format: date-time */
                                createdAt: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "published" | "rejected" | "flagged";
                            text: string | null;
                            title: string | null;
                            /** @enum {string} */
                            type: "service" | "product";
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedBuyer: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what on a review, oldest first */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    kind: string;
                                };
                                /** Format: date-time */
                                at: string;
                                from: string | null;
                                note: string | null;
                                reason: string | null;
                                to: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish, reject or flag a review; reject and flag need a content-rule reason */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        action: "publish" | "reject" | "flag";
                        note?: string;
                        /** @enum {string} */
                        reason?: "content_filter" | "personal_data" | "offensive" | "illegal" | "spam" | "off_topic" | "conflict_of_interest" | "fake" | "reported" | "reviewer_request" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            id: string;
                            invitationId: string | null;
                            locale: string | null;
                            moderation: {
                                note: string | null;
                                publishAt: string | null;
                                reason: string | null;
                            };
                            orderId: string | null;
                            product: {
                                gtin: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string | null;
                            } | null;
                            publishedAt: string | null;
                            rating: number;
                            reply: {
                                /** Format: date-time */
                                createdAt: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "published" | "rejected" | "flagged";
                            text: string | null;
                            title: string | null;
                            /** @enum {string} */
                            type: "service" | "product";
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedBuyer: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or edit the merchant’s public reply (one per review) */
        put: {
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
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            id: string;
                            invitationId: string | null;
                            locale: string | null;
                            moderation: {
                                note: string | null;
                                publishAt: string | null;
                                reason: string | null;
                            };
                            orderId: string | null;
                            product: {
                                gtin: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string | null;
                            } | null;
                            publishedAt: string | null;
                            rating: number;
                            reply: {
                                /** Format: date-time */
                                createdAt: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "published" | "rejected" | "flagged";
                            text: string | null;
                            title: string | null;
                            /** @enum {string} */
                            type: "service" | "product";
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedBuyer: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the merchant’s reply */
        delete: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channelId: string;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            id: string;
                            invitationId: string | null;
                            locale: string | null;
                            moderation: {
                                note: string | null;
                                publishAt: string | null;
                                reason: string | null;
                            };
                            orderId: string | null;
                            product: {
                                gtin: string | null;
                                productId: string | null;
                                sku: string | null;
                                title: string | null;
                            } | null;
                            publishedAt: string | null;
                            rating: number;
                            reply: {
                                /** Format: date-time */
                                createdAt: string;
                                text: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            source: string;
                            /** @enum {string} */
                            status: "pending" | "published" | "rejected" | "flagged";
                            text: string | null;
                            title: string | null;
                            /** @enum {string} */
                            type: "service" | "product";
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedBuyer: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish, reject or flag several reviews at once (all or none; a review already in that status stays as it is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "publish" | "reject" | "flag";
                        ids: string[];
                        note?: string;
                        /** @enum {string} */
                        reason?: "content_filter" | "personal_data" | "offensive" | "illegal" | "spam" | "off_topic" | "conflict_of_interest" | "fake" | "reported" | "reviewer_request" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AdminReview"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shop-connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop platforms Trustloop connects to: their settings forms and what each can do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectors: {
                                capabilities: {
                                    discounts: {
                                        kinds: string[];
                                    } | false;
                                    orderStatusMap: {
                                        defaults: {
                                            [key: string]: "placed" | "paid" | "fulfilled" | "delivered" | "cancelled" | "refunded";
                                        };
                                        setting?: string;
                                    } | false;
                                    pull: {
                                        everyMinutes: number;
                                        resources: string[];
                                    } | false;
                                    webhooks: {
                                        topics: string[];
                                    } | false;
                                };
                                displayName: string;
                                /** @enum {string} */
                                id: "shopify" | "woocommerce" | "magento" | "prestashop" | "shoper";
                                rateLimit: {
                                    burst: number;
                                    perSecond: number;
                                };
                                settings: {
                                    default?: string | {
                                        [key: string]: "placed" | "paid" | "fulfilled" | "delivered" | "cancelled" | "refunded";
                                    };
                                    description?: string;
                                    key: string;
                                    label: string;
                                    maxLength?: number;
                                    minLength?: number;
                                    pattern?: {
                                        message: string;
                                        regex: string;
                                    };
                                    required: boolean;
                                    secret: boolean;
                                    /** @enum {string} */
                                    section: "connection" | "discounts";
                                    /** @enum {string} */
                                    type: "string" | "secret" | "url" | "host" | "choice" | "status_slug" | "status_map";
                                    values?: string[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
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
        /** Users of the account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a user; without a password a one-time password is returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password?: string;
                        /** @enum {string} */
                        role: "admin" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oneTimePassword?: string;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user; their sessions end at once */
        delete: {
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
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a widget needs to know about a channel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            defaultLocale: string;
                            domain: string;
                            name: string;
                            publicId: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/carousel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The carousel’s reviews: those the merchant picked, in order, still published; else the best recent ones with text */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                displayName: string | null;
                                id: string;
                                product: {
                                    title: string | null;
                                } | null;
                                rating: number;
                                text: string | null;
                                title: string | null;
                                type: string;
                                verifiedBuyer: boolean;
                            }[];
                            picked: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How reviews are verified, moderated, ordered and scored (EU Omnibus), from the actual settings */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/feeds/google-product-reviews.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Google Product Review Feed (schema 2.4): always the full set of published product reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/hub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the shopper’s loyalty panel shows (by state) */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                    /** @description the shopper token (see docs/loyalty-hub.md) */
                    token?: string;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coupons: {
                                applyUrl: string | null;
                                /** @description Null while the shop is creating the code (`issuing`) and after a refund (`refunded`) */
                                code: string | null;
                                expiresAt: string | null;
                                kind: string;
                                name: string;
                                state: string;
                                value: number;
                            }[];
                            locale: string;
                            member: {
                                nextExpiry: {
                                    date: string;
                                    points: number;
                                } | null;
                                pendingPoints: number;
                                points: number;
                                tier: {
                                    iconUrl: string | null;
                                    name: string;
                                } | null;
                            } | null;
                            progress: {
                                bestReward: {
                                    kind: string;
                                    locked: boolean;
                                    name: string;
                                    pointsCost: number;
                                    rewardId: string;
                                    text: string;
                                    value: number;
                                } | null;
                                fraction: number;
                                nextReward: {
                                    kind: string;
                                    locked: boolean;
                                    name: string;
                                    pointsCost: number;
                                    pointsMissing: number;
                                    rewardId: string;
                                    text: string;
                                    value: number;
                                } | null;
                            } | null;
                            referralUrl: string | null;
                            rewards: {
                                affordable: boolean;
                                kind: string;
                                locked: boolean;
                                name: string;
                                pointsCost: number;
                                rewardId: string;
                                value: number;
                            }[];
                            /** @description anonymous | not_member | no_points | member | excluded */
                            state: string;
                            texts: {
                                [key: string]: string | null;
                            };
                            tierProgress: {
                                /** @description points | spend */
                                basis: string;
                                /** @description points, or money in minor units, still missing */
                                missing: number;
                                /** @description e.g. "120 points to Silver" */
                                text: string;
                                tier: {
                                    iconUrl: string | null;
                                    name: string;
                                };
                            } | null;
                            waysToEarn: {
                                description: string;
                                id: string;
                                points: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/hub/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the program as the signed-in shopper */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the shopper token (see docs/loyalty-hub.md) */
                        token?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            state: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/hub/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem a reward for the signed-in shopper; the coupon goes to the cart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description retries with the same id redeem once */
                        requestId?: string;
                        rewardId: string;
                        /** @description the shopper token (see docs/loyalty-hub.md) */
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coupon: {
                                applyUrl: string | null;
                                /** @description Null while the shop is creating the code (`issuing`) and after a refund (`refunded`) */
                                code: string | null;
                                expiresAt: string | null;
                                kind: string;
                                name: string;
                                state: string;
                                value: number;
                            };
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coupon: {
                                applyUrl: string | null;
                                /** @description Null while the shop is creating the code (`issuing`) and after a refund (`refunded`) */
                                code: string | null;
                                expiresAt: string | null;
                                kind: string;
                                name: string;
                                state: string;
                                value: number;
                            };
                            replayed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/newsletter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe an email to the shop’s newsletter (the shopper ticked the consent); `pending` = a confirmation email was sent (double opt-in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: the shopper ticked the consent text */
                        consent: boolean;
                        /** Format: email */
                        email: string;
                        /**
                         * @description the confirmation email’s language
                         * @enum {string}
                         */
                        lang?: "en" | "pl" | "cs" | "sv" | "de";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "subscribed" | "pending";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/products/{productKey}/jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** schema.org Product markup with AggregateRating and Review items, for the product page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productKey: string;
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/products/{productKey}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published reviews of one product */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    hasText?: boolean;
                    limit?: number;
                    locale?: string;
                    q?: string;
                    rating?: number;
                    /** @description newest (default) or rating (highest first) */
                    sort?: "newest" | "rating";
                    type?: "service" | "product";
                };
                header?: never;
                path: {
                    productKey: string;
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PublicReview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/products/{productKey}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rating summary of one product (by SKU, GTIN or product id) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productKey: string;
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average: number;
                            count: number;
                            distribution: {
                                1: number;
                                2: number;
                                3: number;
                                4: number;
                                5: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published reviews, newest first (or by rating), with filters, search and a cursor */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    hasText?: boolean;
                    limit?: number;
                    locale?: string;
                    product?: string;
                    q?: string;
                    rating?: number;
                    /** @description newest (default) or rating (highest first) */
                    sort?: "newest" | "rating";
                    type?: "service" | "product";
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PublicReview"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Average, count and 1–5 distribution of the channel’s published reviews */
        get: {
            parameters: {
                query?: {
                    type?: "all" | "service" | "product";
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average: number;
                            count: number;
                            distribution: {
                                1: number;
                                2: number;
                                3: number;
                                4: number;
                                5: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/widget-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s widget settings: name, language, logo, certified mark, sign-in page, colours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certified: boolean;
                            locale: string;
                            loginUrl: string | null;
                            logoUrl: string | null;
                            name: string;
                            reviewPageUrl: string;
                            theme: {
                                accent: string | null;
                                background: string | null;
                                radius: number | null;
                                star: string | null;
                                text: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/widgets/newsletter.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newsletter sign-up form as an HTML fragment that works without JavaScript */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/widgets/reviews.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review list as an HTML fragment with its JSON-LD (the <trustloop-reviews> fallback and what search engines read) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                    /** @description a product (SKU, GTIN or id) */
                    sku?: string;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/channels/{publicId}/widgets/stars.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stars and review count as an HTML fragment (the <trustloop-stars> fallback) */
        get: {
            parameters: {
                query?: {
                    href?: string;
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                    /** @description a product (SKU, GTIN or id) */
                    sku?: string;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/connectors/{id}/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where SALESmanago calls its opt-in/opt-out callbacks */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                            link?: string;
                            reason?: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Where a platform calls Trustloop back (Klaviyo flow webhook, Ecomail list webhook) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: boolean;
                            link?: string;
                            reason?: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/v1/email-feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s rating (with localized texts) and up to 20 selected reviews, for ESP web feeds */
        get: {
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
                /** @description Default Response */
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
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel’s public review page (HTML), in the channel’s language or ?lang */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/shoper/{channelPublicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a Shoper webhook (order.*, client.*) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelPublicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `processed`: applied (an out-of-date picture of an order changes nothing); `duplicate`: this delivery was applied before; `ignored`: a topic Trustloop does not use, or a ping
                             * @enum {string}
                             */
                            status: "processed" | "duplicate" | "ignored";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/shopify/{channelPublicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receives Shopify webhooks (orders, refunds, fulfilments, customers, GDPR topics) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelPublicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `processed`: applied (an out-of-date picture of an order changes nothing); `duplicate`: this delivery was applied before; `ignored`: a topic Trustloop does not use, or a ping
                             * @enum {string}
                             */
                            status: "processed" | "duplicate" | "ignored";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/woocommerce/{channelPublicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receives WooCommerce webhooks (orders and customers), including the creation ping */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelPublicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description `processed`: applied (an out-of-date picture of an order changes nothing); `duplicate`: this delivery was applied before; `ignored`: a topic Trustloop does not use, or a ping
                             * @enum {string}
                             */
                            status: "processed" | "duplicate" | "ignored";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/v1/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The storefront widget files (docs/widgets.md) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/v1/preview.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every widget on one page, with an optional theme: the admin’s live preview */
        get: {
            parameters: {
                query: {
                    accent?: string;
                    background?: string;
                    /** @description the channel’s public id */
                    channel: string;
                    lang?: "en" | "pl" | "cs" | "sv" | "de";
                    radius?: number;
                    star?: string;
                    text?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        Account: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
        };
        AdminReview: {
            channelId: string;
            /** Format: date-time */
            createdAt: string;
            displayName: string | null;
            email: string | null;
            erasedAt: string | null;
            id: string;
            invitationId: string | null;
            locale: string | null;
            moderation: {
                note: string | null;
                publishAt: string | null;
                reason: string | null;
            };
            orderId: string | null;
            product: {
                gtin: string | null;
                productId: string | null;
                sku: string | null;
                title: string | null;
            } | null;
            publishedAt: string | null;
            rating: number;
            reply: {
                /** Format: date-time */
                createdAt: string;
                text: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
            source: string;
            /** @enum {string} */
            status: "pending" | "published" | "rejected" | "flagged";
            text: string | null;
            title: string | null;
            /** @enum {string} */
            type: "service" | "product";
            /** Format: date-time */
            updatedAt: string;
            verifiedBuyer: boolean;
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            revokedAt: string | null;
            scopes: string[];
        };
        Channel: {
            accountId: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            defaultLocale: string;
            domain: string;
            id: string;
            name: string;
            /** @description Safe to publish: widgets and public URLs use it. */
            publicId: string;
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ConsentHistoryEntry: {
            /** Format: date-time */
            changedAt: string;
            doubleOptIn: boolean;
            id: string;
            /** @enum {string} */
            previous: "unknown" | "pending" | "subscribed" | "unsubscribed";
            /** Format: date-time */
            recordedAt: string;
            /** @enum {string} */
            source: "shop" | "esp" | "questionnaire" | "admin" | "import" | "api" | "widget";
            /** @enum {string} */
            status: "unknown" | "pending" | "subscribed" | "unsubscribed";
        };
        ContactsCustomer: {
            birthday: string | null;
            channelId: string;
            /** @enum {string} */
            consent: "unknown" | "pending" | "subscribed" | "unsubscribed";
            /** Format: date-time */
            createdAt: string;
            customerId: string;
            email: string;
            /** @description Per platform, e.g. { "shopify": "7012" } */
            externalIds: {
                [key: string]: string;
            };
            firstName: string | null;
            lastName: string | null;
            locale: string | null;
            phone: string | null;
            registeredAt: string | null;
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        DomainEvent: {
            channelId: string | null;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            payload: unknown;
            type: string;
        };
        /** Error */
        ErrorResponse: {
            error: {
                code: string;
                details?: ({
                    field?: string;
                    message: string;
                } & {
                    [key: string]: unknown;
                })[];
                message: string;
            };
        };
        InvitationTemplate: {
            /** @description #rrggbb */
            backgroundColor: string;
            /** @description #rrggbb */
            buttonColor: string;
            buttonText: string;
            /** @description #rrggbb, at least 4.5:1 contrast with the button colour */
            buttonTextColor: string;
            /** @description False while the catalogue’s defaults apply */
            custom: boolean;
            /** @description Plain text; a blank line starts a paragraph. Placeholders: {shop}, {name}, {order} */
            intro: string;
            /** @enum {string} */
            kind: "invitation" | "reminder";
            /** @enum {string} */
            locale: "en" | "pl" | "cs" | "sv" | "de";
            /** @description An http(s) image; null shows the shop’s name instead */
            logoUrl: string | null;
            placeholders: string[];
            /** @description Placeholders: {shop}, {name}, {order} */
            subject: string;
            updatedAt: string | null;
        };
        Job: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            dedupeKey: string | null;
            eventId: string | null;
            finishedAt: string | null;
            id: string;
            kind: string;
            lastError: string | null;
            maxAttempts: number;
            payload: unknown;
            /** Format: date-time */
            runAt: string;
            /** @enum {string} */
            state: "pending" | "running" | "done" | "dead" | "cancelled";
            subscriber: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        Order: {
            cancelledAt: string | null;
            channelId: string;
            currency: string;
            customer: {
                customerId: string | null;
                email: string | null;
                firstName: string | null;
                lastName: string | null;
                locale: string | null;
                phone: string | null;
            };
            deliveredAt: string | null;
            discountCodes: string[];
            discountTotal: number;
            externalId: string;
            fulfilledAt: string | null;
            lineItems: {
                gtin: string | null;
                imageUrl: string | null;
                lineId: string;
                productId: string | null;
                productUrl: string | null;
                quantity: number;
                sku: string | null;
                title: string;
                unitPrice: number;
                variantId: string | null;
            }[];
            locale: string | null;
            number: string;
            orderId: string;
            paidAt: string | null;
            /** Format: date-time */
            placedAt: string;
            referralCode: string | null;
            refundedTotal: number;
            shippingAddressHash: string | null;
            shippingTotal: number;
            source: string;
            subtotal: number;
            taxTotal: number;
            total: number;
        };
        OrderRecord: {
            cancelledAt: string | null;
            channelId: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            customer: {
                customerId: string | null;
                email: string | null;
                firstName: string | null;
                lastName: string | null;
                locale: string | null;
                phone: string | null;
            };
            deliveredAt: string | null;
            discountCodes: string[];
            discountTotal: number;
            externalId: string;
            fulfilledAt: string | null;
            lineItems: {
                gtin: string | null;
                imageUrl: string | null;
                lineId: string;
                productId: string | null;
                productUrl: string | null;
                quantity: number;
                sku: string | null;
                title: string;
                unitPrice: number;
                variantId: string | null;
            }[];
            locale: string | null;
            number: string;
            orderId: string;
            paidAt: string | null;
            /** Format: date-time */
            placedAt: string;
            referralCode: string | null;
            refundedTotal: number;
            refunds: components["schemas"]["Refund"][];
            shippingAddressHash: string | null;
            shippingTotal: number;
            source: string;
            /** Format: date-time */
            sourceUpdatedAt: string;
            subtotal: number;
            taxTotal: number;
            total: number;
            /** Format: date-time */
            updatedAt: string;
        };
        PublicReview: {
            /** Format: date-time */
            createdAt: string;
            displayName: string | null;
            id: string;
            locale: string | null;
            product: {
                gtin: string | null;
                productId: string | null;
                sku: string | null;
                title: string | null;
            } | null;
            rating: number;
            reply: {
                /** Format: date-time */
                createdAt: string;
                text: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
            text: string | null;
            title: string | null;
            /** @enum {string} */
            type: "service" | "product";
            /** @description Came from an invitation tied to an order. */
            verifiedBuyer: boolean;
        };
        Refund: {
            amount: number;
            /** Format: date-time */
            createdAt: string;
            externalId: string;
            fullyRefunded: boolean;
            lineItems: {
                amount: number;
                lineId: string;
                quantity: number;
            }[];
            refundId: string;
        };
        User: {
            accountId: string;
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: string;
            mustChangePassword: boolean;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "viewer";
            /** @description Sign-in asks for a TOTP or recovery code */
            twoFactorEnabled: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
