/** The plan tree: business objectives, marketing strategies, campaigns; who may change it (PlanPolicy). */
@NullMarked
package app.throughline.plan;

import org.jspecify.annotations.NullMarked;
