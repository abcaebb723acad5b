/** The catalogue of stable error codes ({@code PV-nnnn}) and the exception that carries them. */
package org.portverify.domain.error;
