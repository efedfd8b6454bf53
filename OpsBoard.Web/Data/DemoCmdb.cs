using OpsBoard.Domain.Cmdb;

namespace OpsBoard.Web.Data;

/// <summary>A small national-services CMDB: the services, their CIs, the groups that support them and the people in those groups.</summary>
public sealed class DemoCmdb
{
    private static readonly (string Service, string Short, string Description, string Manager, (string Name, string Type)[] Items)[] Catalogue =
    [
        ("Spine Messaging Service", "Spine", "National messaging and demographics backbone linking care settings.", "Ruth Okafor",
            [("Spine Core", "Application"), ("Message Handling System", "Interface"), ("Spine Directory Service", "Directory"), ("Personal Demographics Service", "Application"), ("Spine database cluster", "Database")]),
        ("e-Referral Service", "e-Referral", "Booking and managing referrals from primary to secondary care.", "Tom Hargreaves",
            [("e-RS booking", "Application"), ("e-RS API", "Interface"), ("e-RS worklists", "Application"), ("e-RS database", "Database")]),
        ("GP Connect", "GP Connect", "Access to GP records and appointments across care settings.", "Priya Shah",
            [("Access Record HTML", "Interface"), ("Appointment Management", "Interface"), ("Spine Secure Proxy", "Proxy"), ("GP Connect adaptor", "Application")]),
        ("NHS App", "NHS App", "The patient app: appointments, prescriptions and records.", "Daniel Murphy",
            [("NHS App iOS", "Mobile app"), ("NHS App Android", "Mobile app"), ("NHS App web", "Application"), ("NHS login integration", "Interface"), ("Notifications service", "Application")]),
        ("Summary Care Record", "SCR", "Key clinical information from GP records for urgent and emergency care.", "Helen Clarke",
            [("SCR application", "Application"), ("SCR API", "Interface"), ("SCR viewer", "Application"), ("SCR database", "Database")]),
        ("Electronic Prescription Service", "EPS", "Sending prescriptions electronically from prescribers to dispensers.", "Imran Siddiqui",
            [("Prescription tracker", "Application"), ("EPS release service", "Interface"), ("EPS message store", "Database")]),
    ];

    private static readonly string[] StaffNames =
    [
        "Amelia Brown", "Oliver Green", "Chloe Patel", "Jack Wilson", "Sophie Evans", "Harry Thomas", "Grace Roberts", "Leo Johnson",
        "Isla Walker", "Noah Wright", "Freya Hughes", "Ethan Hall", "Mia Lewis", "Lucas Young", "Ava King", "Mason Scott",
        "Ella Baker", "Logan Adams", "Zara Hussain", "Owen Davies", "Ruby Mitchell", "Samuel Turner", "Lily Carter", "Arjun Mehta",
        "Hannah Price", "Callum Reid", "Nadia Rahman", "Ben Cooper",
    ];

    public SupportGroup ServiceOperationsCentre { get; } = new("Service Operations Centre", 1, "soc@opsboard.example");

    public List<SupportGroup> SecondLine { get; } = [];

    public List<SupportGroup> ThirdLine { get; } = [new("3rd line Integration", 3, "integration@opsboard.example"), new("3rd line Platform", 3, "platform@opsboard.example")];

    /// <summary>Where security incidents go; its analyst is a 3rd line engineer (the demo's security@ account).</summary>
    public SupportGroup CyberSecurity { get; } = new("2nd line Cyber Security", 2, "security@opsboard.example");

    public List<Service> Services { get; } = [];

    public List<Person> People { get; } = [];

    public IEnumerable<SupportGroup> Groups => new[] { ServiceOperationsCentre }.Concat(SecondLine).Concat(ThirdLine).Append(CyberSecurity);

    public DemoCmdb()
    {
        var staff = new Queue<string>(StaffNames);
        AddStaff(ServiceOperationsCentre, staff, 4, "Service Operations Centre analyst");
        foreach (var (name, shortName, description, manager, items) in Catalogue)
        {
            var group = new SupportGroup($"2nd line {shortName}", 2, $"{Slug(shortName)}-2l@opsboard.example");
            SecondLine.Add(group);
            AddStaff(group, staff, 2, $"{shortName} support analyst");
            var serviceManager = NewPerson(manager, "Service manager");
            var service = new Service(name, description, serviceManager, group);
            foreach (var (itemName, type) in items)
            {
                service.ConfigurationItems.Add(new ConfigurationItem(itemName, type, service, group));
            }
            Services.Add(service);
        }
        foreach (var group in ThirdLine)
        {
            AddStaff(group, staff, 3, $"{group.Name[10..]} engineer");
        }
        CyberSecurity.MarkAsSecurityGroup();
        CyberSecurity.AddMember(ThirdLine[0].Members[1]);
    }

    private void AddStaff(SupportGroup group, Queue<string> staff, int count, string title)
    {
        for (var i = 0; i < count && staff.Count > 0; i++)
        {
            var person = NewPerson(staff.Dequeue(), title);
            group.Members.Add(person);
        }
    }

    private Person NewPerson(string name, string title)
    {
        var person = new Person(name, $"{Slug(name)}@opsboard.example", title);
        People.Add(person);
        return person;
    }

    private static string Slug(string text) => new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '.').ToArray()).Trim('.');
}
