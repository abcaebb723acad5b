/** The quick start's demo client: runs the annual verification over REST and saves the Board PDF. */
package org.portverify.demo;
