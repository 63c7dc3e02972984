package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import org.fazhi.reconsideration.internal.Channel;
import org.fazhi.reconsideration.internal.Registration;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form (and the API's registration body). */
public class RegistrationForm {

    private String applicant;
    private Long respondentUnitId;
    private String act;
    private Channel channel = Channel.IN_PERSON;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate knewOn;
    private boolean toldOfRight = true;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rightsKnownOn;

    Registration toRegistration() {
        return new Registration(applicant, respondentUnitId == null ? -1 : respondentUnitId, act, channel, receivedOn,
                knewOn, toldOfRight, rightsKnownOn);
    }

    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public Long getRespondentUnitId() { return respondentUnitId; }
    public void setRespondentUnitId(Long respondentUnitId) { this.respondentUnitId = respondentUnitId; }
    public String getAct() { return act; }
    public void setAct(String act) { this.act = act; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getKnewOn() { return knewOn; }
    public void setKnewOn(LocalDate knewOn) { this.knewOn = knewOn; }
    public boolean isToldOfRight() { return toldOfRight; }
    public void setToldOfRight(boolean toldOfRight) { this.toldOfRight = toldOfRight; }
    public LocalDate getRightsKnownOn() { return rightsKnownOn; }
    public void setRightsKnownOn(LocalDate rightsKnownOn) { this.rightsKnownOn = rightsKnownOn; }
}
