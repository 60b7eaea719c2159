/**
 * The REST API at {@code /api/v1} for publishing tools and automation: personal API tokens, the
 * bearer-token security chain with its rate limit, the JSON controllers over the feature services,
 * and RFC 9457 problem details for every error (docs/api.md, docs/design-decisions/DD019-rest-api.md).
 */
@NullMarked
package app.throughline.api;

import org.jspecify.annotations.NullMarked;
