/** A WAR that starts and restarts DataCoolie's Jakarta Batch jobs through an application server's own JobOperator. */
package io.datacoolie.examples.appserver;
