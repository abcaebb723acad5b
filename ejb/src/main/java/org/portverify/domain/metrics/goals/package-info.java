/**
 * Progress against the CAAP's yardsticks: the 2014 and 2023 San Pedro Bay Emission Reduction Standards (DPM, NOx,
 * SOx vs 2005), the 2030 and 2050 greenhouse gas goals (vs a configured 1990 reference, evaluated only where one is
 * supplied) and the zero-emission goals for cargo handling equipment (2030) and drayage trucks (2035). Pure functions
 * over the metric rows and fleet figures of a run; results in a fixed order.
 */
package org.portverify.domain.metrics.goals;
