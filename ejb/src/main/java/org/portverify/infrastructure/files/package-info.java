/** Submission packages on disk: locating them, digesting their files and streaming their records. */
package org.portverify.infrastructure.files;
