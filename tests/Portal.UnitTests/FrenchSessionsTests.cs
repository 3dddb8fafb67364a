using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Display;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

public sealed class FrenchSessionsTests
{
    private static Session At(DateTimeOffset start, DateTimeOffset end) =>
        new() { Start = Timestamp.FromDateTimeOffset(start), End = Timestamp.FromDateTimeOffset(end), Title = "Atelier" };

    [Theory]
    [InlineData(SessionKind.InfoWebinar, "Webinaire d'information")]
    [InlineData(SessionKind.PreparationWorkshop, "Atelier de préparation")]
    [InlineData(SessionKind.Coaching, "Séance d'accompagnement")]
    [InlineData(SessionKind.Unspecified, "Non précisé")]
    public void A_session_s_kind_reads_in_French(SessionKind kind, string shown) =>
        Assert.Equal(shown, French.Label(French.SessionKinds, kind));

    [Fact]
    public void A_session_within_a_day_reads_as_that_Paris_day_from_one_time_to_another()
    {
        // 13:00–15:00 UTC on 3 March 2026 is 14:00–16:00 in Paris (winter time).
        var session = At(new DateTimeOffset(2026, 3, 3, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal("mardi 3 mars 2026, de 14:00 à 16:00", French.When(session));
    }

    [Fact]
    public void Summer_time_shows_the_Paris_clock_not_UTC() =>
        Assert.Equal("mardi 30 juin 2026, de 09:30 à 11:00",
            French.When(At(new DateTimeOffset(2026, 6, 30, 7, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero))));

    [Fact]
    public void A_session_past_midnight_in_Paris_names_both_days()
    {
        // 22:30 UTC is already the next day in Paris.
        var session = At(new DateTimeOffset(2026, 3, 3, 21, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal("du mardi 3 mars 2026 à 22:00 au mercredi 4 mars 2026 à 00:30", French.When(session));
    }

    [Fact]
    public void A_session_without_times_reads_as_a_dash() => Assert.Equal("—", French.When(new Session()));

    [Theory]
    [InlineData(20, 3, "3 places sur 20")]
    [InlineData(20, 1, "1 place sur 20")]
    [InlineData(20, 0, "Complet (20 places)")]
    [InlineData(1, 0, "Complet (1 place)")]
    public void Seats_left_are_said_in_words_a_full_session_too(int capacity, int left, string shown) =>
        Assert.Equal(shown, French.Seats(new Session { Capacity = capacity, SeatsLeft = left }));

    [Theory]
    [InlineData(0, "Personne")]
    [InlineData(1, "1 personne")]
    [InlineData(4, "4 personnes")]
    public void The_waiting_list_s_length_reads_in_French(int count, string shown) => Assert.Equal(shown, French.Waiting(count));

    [Theory]
    [InlineData(RegistrationStatus.Confirmed, 0, "Place réservée")]
    [InlineData(RegistrationStatus.Waitlisted, 2, "En liste d'attente (position 2)")]
    [InlineData(RegistrationStatus.Waitlisted, 0, "En liste d'attente")]
    [InlineData(RegistrationStatus.Cancelled, 0, "Inscription annulée")]
    [InlineData(RegistrationStatus.Unspecified, 0, "Inconnu")]
    public void A_registration_s_state_reads_in_French_with_its_place_in_line(RegistrationStatus status, int position, string shown) =>
        Assert.Equal(shown, French.RegistrationState(status, position));

    [Theory]
    [InlineData(RegistrationStatus.Confirmed, 0, "Vous êtes inscrit à « Atelier » : votre place est confirmée.")]
    [InlineData(RegistrationStatus.Waitlisted, 1,
        "La session « Atelier » est complète : vous êtes sur liste d'attente (position 1). Une place vous est donnée dès qu'une se libère.")]
    [InlineData(RegistrationStatus.Cancelled, 0, "Votre inscription à « Atelier » est annulée.")]
    public void After_registering_the_person_reads_where_they_stand(RegistrationStatus status, int position, string shown) =>
        Assert.Equal(shown, French.RegistrationNotice("Atelier", status, position));
}
