/** Python-compatible watermark JSON and its JDBC and file stores. */
package io.datacoolie.metadata.watermark;
