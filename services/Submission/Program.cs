using Defis.ServiceDefaults;
using Defis.Submission;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSubmissionServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSubmissionEndpoints();
app.Run();
