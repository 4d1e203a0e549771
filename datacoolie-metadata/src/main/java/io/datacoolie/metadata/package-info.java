/** JSON and JDBC metadata providers, JDBC connection specs and dataflow selection. */
package io.datacoolie.metadata;
