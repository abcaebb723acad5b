/** JPA repositories and the Flyway schema migrations run at deployment. */
package org.portverify.infrastructure.persistence;
