/** System tests inside WildFly (Arquillian, JUnit Jupiter) against the EAR the build produced. */
package org.portverify.it;
