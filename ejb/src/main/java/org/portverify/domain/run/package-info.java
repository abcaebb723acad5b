/** Verification runs and the inputs they pinned. */
package org.portverify.domain.run;
