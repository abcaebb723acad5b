/**
 * Application services, one use case each: they own the transactions and call the domain rules. Batch artifacts and
 * REST resources only translate and delegate to them.
 */
package org.portverify.application;
