using Defis.Funding;
using Defis.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFundingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapFundingEndpoints();
app.Run();
