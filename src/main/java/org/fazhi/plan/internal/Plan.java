package org.fazhi.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 工作安排 — a plan as imported from its notice, with the notice's text and file kept. */
@Entity
@Table(name = "plan_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "doc_number")
    private String docNumber;
    private String title;
    @Column(name = "notice_title")
    private String noticeTitle;
    private String issuer;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "plan_year")
    private Integer planYear;
    private String addressees;
    @Column(name = "source_format")
    private String sourceFormat;
    @Column(name = "source_file_name")
    private String sourceFileName;
    @Column(name = "source_checksum")
    private String sourceChecksum;
    @Column(name = "source_text")
    private String sourceText;
    @Column(name = "source_bytes")
    private byte[] sourceBytes;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Section> sections = new ArrayList<>();

    protected Plan() {
    }

    Plan(String docNumber) {
        this.docNumber = docNumber;
    }

    /** Records what the notice says about itself and where it came from. */
    void describe(NoticeSource source, String title, String noticeTitle, String issuer, LocalDate issuedOn,
                  Integer planYear, List<String> addressees, String actor) {
        this.title = title;
        this.noticeTitle = noticeTitle;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        this.planYear = planYear;
        this.addressees = String.join("、", addressees);
        this.sourceFormat = source.format();
        this.sourceFileName = source.fileName();
        this.sourceChecksum = source.checksum();
        this.sourceText = source.text();
        this.sourceBytes = source.bytes();
        this.importedAt = Instant.now();
        this.importedBy = actor;
    }

    Section section(int number, String heading, String intro, int sourceLine) {
        Section section = sections.stream().filter(s -> s.getNumber() == number).findFirst().orElseGet(() -> {
            Section s = new Section(this, number);
            sections.add(s);
            return s;
        });
        section.describe(heading, intro, sourceLine);
        return section;
    }

    public Long getId() {
        return id;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public String getAddressees() {
        return addressees;
    }

    public String getSourceFormat() {
        return sourceFormat;
    }

    public String getSourceFileName() {
        return sourceFileName;
    }

    public String getSourceChecksum() {
        return sourceChecksum;
    }

    public String getSourceText() {
        return sourceText;
    }

    public byte[] getSourceBytes() {
        return sourceBytes.clone();
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public List<Section> getSections() {
        return sections;
    }
}
