package org.fazhi.disclosure.web;

import java.time.LocalDate;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.RequesterType;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form (a mutable bean so the form can be shown again with what was typed). */
public class RegistrationForm {

    private Long unitId;
    private RequesterType requesterType;
    private String requesterName;
    private Channel channel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate confirmedOn;
    private String content;

    DisclosureService.Registration toRegistration() {
        return new DisclosureService.Registration(unitId == null ? -1 : unitId, requesterType, requesterName, channel,
                submittedOn, signedOn, confirmedOn, content);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public RequesterType getRequesterType() { return requesterType; }
    public void setRequesterType(RequesterType requesterType) { this.requesterType = requesterType; }
    public String getRequesterName() { return requesterName; }
    public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public void setConfirmedOn(LocalDate confirmedOn) { this.confirmedOn = confirmedOn; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
