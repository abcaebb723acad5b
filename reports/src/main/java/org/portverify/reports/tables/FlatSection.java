package org.portverify.reports.tables;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a section component of a report model: the section's tables keep their own names instead of being prefixed
 * with the section's ({@code ogv} and {@code measures} give {@code measures}, not {@code ogv-measures}). A model can
 * so group its lists into sections without renaming the tables users and the REST API already ask for by name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FlatSection {
}
