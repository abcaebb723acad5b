/** Commands run from a shell, outside the server: each translates its arguments and delegates. */
package org.portverify.interfaces.cli;
