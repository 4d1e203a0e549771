/**
 * SQL for dataflows: user fragments parsed once and rendered per dialect, source reads with the window pushed down
 * as typed binds, and destination writes per load strategy ({@link io.datacoolie.sql.DataflowSql},
 * {@link io.datacoolie.sql.ChunkTransfer}).
 */
package io.datacoolie.sql;
