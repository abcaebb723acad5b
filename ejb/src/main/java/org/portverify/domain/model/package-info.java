/**
 * Value types shared by the whole domain: ports, source categories and their sub-categories, pollutants, mass and
 * capacity units, and the arithmetic context.
 */
package org.portverify.domain.model;
