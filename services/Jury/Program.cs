using Defis.Jury;
using Defis.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddJuryServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapJuryEndpoints();
app.Run();
