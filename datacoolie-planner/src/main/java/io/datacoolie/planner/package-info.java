/** The chunk planner: pure interval algebra that cuts a replay range into calendar-aligned chunks. */
package io.datacoolie.planner;
