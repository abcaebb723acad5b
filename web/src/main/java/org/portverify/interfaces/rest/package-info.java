/** The REST API: JAX-RS resources that delegate to application services and map refusals to JSON errors. */
package org.portverify.interfaces.rest;
