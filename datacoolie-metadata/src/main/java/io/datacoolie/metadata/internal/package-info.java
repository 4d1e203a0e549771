/** Path-aware JSON metadata readers; not API. */
package io.datacoolie.metadata.internal;
