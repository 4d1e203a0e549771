/** Implementation of the SQL module (fragment parsing and rendering, projection, metadata); not an API. */
package io.datacoolie.sql.internal;
