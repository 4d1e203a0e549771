/** The planner's grids and chunk builders; not API. */
package io.datacoolie.planner.internal;
