package org.portverify.domain.model;

/** A value that submissions spell with a code of the data contract. */
public interface Coded {
    String code();
}
