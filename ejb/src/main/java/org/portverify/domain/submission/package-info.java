/**
 * Port submissions: the package contract, the record-by-record validation rules, and the accepted figures kept with
 * their source line.
 */
package org.portverify.domain.submission;
