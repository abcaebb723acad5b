/** Value types shared by the whole domain: ports, source categories, pollutants, units and the arithmetic context. */
package org.portverify.domain.model;
