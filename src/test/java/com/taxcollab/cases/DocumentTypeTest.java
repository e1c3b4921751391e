package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Document types are told by their content, whatever the file is called. */
class DocumentTypeTest {

    @Test
    void recognisesEachAcceptedFormatByItsFirstBytes() {
        assertThat(DocumentType.ofContent(SampleFiles.pdf("x"))).contains(DocumentType.PDF);
        assertThat(DocumentType.ofContent(SampleFiles.png())).contains(DocumentType.PNG);
        assertThat(DocumentType.ofContent(SampleFiles.jpeg())).contains(DocumentType.JPEG);
        assertThat(DocumentType.ofContent(SampleFiles.ofd())).contains(DocumentType.OFD);
    }

    @Test
    void anExecutableOrAnOrdinaryZipIsNoDocument() {
        assertThat(DocumentType.ofContent(SampleFiles.executable())).isEmpty();
        assertThat(DocumentType.ofContent(SampleFiles.zip("word/document.xml", "<w/>"))).isEmpty();
        assertThat(DocumentType.ofContent(new byte[] {'%', 'P'})).isEmpty();
    }
}
